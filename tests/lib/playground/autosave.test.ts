import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, loadSaved, save } from '../../../src/lib/playground/autosave';

function store() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('playground autosave', () => {
  it('saves and loads files and history', () => {
    const s = store();
    expect(save(s, { Dockerfile: 'FROM alpine\n' }, ['docker images'])).toBe(true);
    expect(loadSaved(s)).toEqual({
      v: 1,
      files: { Dockerfile: 'FROM alpine\n' },
      history: ['docker images'],
    });
  });

  it('ignores missing, foreign or broken saves and refusing storage', () => {
    const s = store();
    expect(loadSaved(s)).toBeUndefined();
    expect(loadSaved(undefined)).toBeUndefined();
    s.map.set(AUTOSAVE_KEY, '{not json');
    expect(loadSaved(s)).toBeUndefined();
    s.map.set(AUTOSAVE_KEY, JSON.stringify({ v: 9 }));
    expect(loadSaved(s)).toBeUndefined();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(save(full, {}, [])).toBe(false);
    expect(save(undefined, {}, [])).toBe(false);
  });
});
