import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY } from '../../../src/lib/playground/autosave';
import { opensOwnWork } from '../../../src/lib/playground/opening-hint';
import { encodeShare } from '../../../src/lib/playground/share-codec';

const storage = (items: Record<string, string>) => () =>
  ({ getItem: (k: string) => items[k] ?? null }) as unknown as Storage;

describe('opensOwnWork', () => {
  it('is false for a first visit: no link, nothing saved', () => {
    expect(opensOwnWork('', storage({}))).toBe(false);
    expect(opensOwnWork('#top', storage({ other: 'x' }))).toBe(false);
  });

  it('is true for a share link the codec makes, with or without the #', async () => {
    const fragment = await encodeShare({
      v: 1,
      files: { Dockerfile: 'FROM alpine\n' },
      history: [],
    });
    expect(opensOwnWork(`#${fragment}`, storage({}))).toBe(true);
    expect(opensOwnWork(fragment, storage({}))).toBe(true);
  });

  it('is true when the autosave holds work, and false when storage is blocked', () => {
    expect(opensOwnWork('', storage({ [AUTOSAVE_KEY]: '{"v":1}' }))).toBe(true);
    const blocked = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(opensOwnWork('', blocked)).toBe(false);
  });
});
