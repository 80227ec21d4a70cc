import { describe, expect, it } from 'vitest';
import {
  readStoredTheme,
  resolveTheme,
  storeTheme,
  THEME_STORAGE_KEY,
  toggled,
  type ThemeStorage,
} from '../../src/lib/site/theme';

const memory = (
  initial: Record<string, string> = {},
): ThemeStorage & { data: Record<string, string> } => {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
  };
};

const broken: ThemeStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('theme', () => {
  it('follows the system until a choice is stored', () => {
    expect(resolveTheme(undefined, true)).toBe('dark');
    expect(resolveTheme(undefined, false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('stores and reads back the choice', () => {
    const s = memory();
    expect(storeTheme(s, 'dark')).toBe(true);
    expect(s.data[THEME_STORAGE_KEY]).toBe('dark');
    expect(readStoredTheme(s)).toBe('dark');
  });

  it('ignores a foreign stored value', () => {
    expect(readStoredTheme(memory({ [THEME_STORAGE_KEY]: '<script>' }))).toBeUndefined();
  });

  it('survives storage that throws', () => {
    expect(readStoredTheme(broken)).toBeUndefined();
    expect(storeTheme(broken, 'dark')).toBe(false);
  });

  it('toggles between the two themes', () => {
    expect(toggled('dark')).toBe('light');
    expect(toggled('light')).toBe('dark');
  });
});
