/**
 * Light/dark theme choice. The site follows the system until the learner presses the toggle;
 * the choice is then stored and wins on every page. Storage can fail (private mode, quota):
 * the toggle still works for the current page and nothing throws.
 */
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'stagecraft:theme';

export interface ThemeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function readStoredTheme(storage: ThemeStorage | undefined): Theme | undefined {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function resolveTheme(stored: Theme | undefined, systemPrefersDark: boolean): Theme {
  return stored ?? (systemPrefersDark ? 'dark' : 'light');
}

/** Stores the choice; returns false when storage refused it (the page still switches). */
export function storeTheme(storage: ThemeStorage | undefined, theme: Theme): boolean {
  try {
    storage?.setItem(THEME_STORAGE_KEY, theme);
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function toggled(theme: Theme): Theme {
  return theme === 'dark' ? 'light' : 'dark';
}
