import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine';
import { DEFAULT_FILES } from '../../../src/lib/playground/default-files';
import {
  builtImageRows,
  changedImage,
  layerRows,
  shortTag,
  stageNames,
  stagePicture,
} from '../../../src/lib/playground/pictures';

const MULTI = 'FROM alpine AS base\nFROM base AS test\nRUN true\nFROM base AS final\nCMD ["sh"]\n';

describe('playground pictures', () => {
  it('marks the stages BuildKit skips for the target', () => {
    const r = stagePicture(MULTI);
    if (!r.ok) throw new Error(r.reason);
    expect(r.picture.targetLabel).toBe('final');
    expect(r.picture.rows.map((row) => row.built)).toEqual([
      'Yes',
      'No, skipped',
      'Yes, the target',
    ]);
    expect(stageNames(r.picture.graph)).toEqual(['base', 'test', 'final']);
    const t = stagePicture(MULTI, 'test');
    expect(t.ok && t.picture.rows.map((row) => row.built)).toEqual([
      'Yes',
      'Yes, the target',
      'No, skipped',
    ]);
  });

  it('says why there is no picture', () => {
    expect(stagePicture('FROOM x\n')).toEqual({
      ok: false,
      reason:
        'the Dockerfile does not parse: dockerfile parse error on line 1: unknown instruction: FROOM (did you mean FROM?)',
    });
    expect(stagePicture('FROM %%node.lts%%\n').ok).toBe(true);
  });

  it('finds the image a build made, its layers and the size comparison', () => {
    const s = new Session({ files: DEFAULT_FILES });
    const before = s.daemon.images.list();
    expect(s.feed('docker build -t app .')).toMatchObject({ status: 'done', exitCode: 0 });
    const image = changedImage(before, s.daemon.images.list());
    expect(image?.repoTags).toEqual(['docker.io/library/app:latest']);
    const layers = layerRows(image!);
    expect(layers[0]).toMatchObject({
      createdBy: 'CMD ["node" "build/index.js"]',
      empty: true,
      size: 0,
    });
    expect(Math.max(...layers.map((l) => l.percent))).toBe(100);
    const again = s.daemon.images.list();
    s.feed('docker build -t app:slim .');
    expect(changedImage(again, s.daemon.images.list())?.repoTags).toContain(
      'docker.io/library/app:slim',
    );
    const rows = builtImageRows(s.daemon.images.list());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'app:latest, app:slim', percent: 100 });
    expect(shortTag('ghcr.io/me/app:1')).toBe('ghcr.io/me/app:1');
  });
});
