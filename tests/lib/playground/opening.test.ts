import { describe, expect, it } from 'vitest';
import { DEFAULT_FILES } from '../../../src/lib/playground/default-files';
import { openingWorkspace } from '../../../src/lib/playground/opening';
import { decodeShare, encodeShare } from '../../../src/lib/playground/share-codec';

const saved = { v: 1 as const, files: { Dockerfile: 'FROM alpine:3\n# mine\n' }, history: ['ls'] };

describe('openingWorkspace', () => {
  it('opens the autosave, else the sample app, without a link', () => {
    expect(openingWorkspace(saved, undefined)).toEqual({ workspace: saved });
    expect(openingWorkspace(undefined, undefined).workspace).toEqual({
      v: 1,
      files: DEFAULT_FILES,
      history: [],
    });
  });

  it('opens a good link with its files and command history', async () => {
    const shared = {
      v: 1 as const,
      files: { Dockerfile: 'FROM alpine:3\n' },
      history: ['docker build -t app .', 'docker images'],
    };
    const opening = openingWorkspace(saved, await decodeShare(await encodeShare(shared)));
    expect(opening.workspace).toEqual(shared);
    expect(opening.message).toEqual({
      kind: 'status',
      text: 'Opened a shared workspace: 1 file and 2 commands (press Up in the terminal). Your own saved work is kept until you edit or run a command here.',
    });
  });

  it('keeps the saved work when a link is bad, and says so', async () => {
    const opening = openingWorkspace(saved, await decodeShare('#share=AAAA_this-is-not-deflate'));
    expect(opening.workspace).toBe(saved);
    expect(opening.message?.kind).toBe('alert');
    expect(opening.message?.text).toMatch(
      /^This share link could not be opened\. The share link is damaged: .+ Your saved work is unchanged\.$/,
    );
  });

  it('falls back to the sample app when a bad link meets no saved work', () => {
    const opening = openingWorkspace(undefined, { ok: false, reason: 'Broken.' });
    expect(opening.workspace.files).toEqual(DEFAULT_FILES);
    expect(opening.message?.text).toBe(
      'This share link could not be opened. Broken. The sample project is shown instead.',
    );
  });
});
