/**
 * The learner's saved work: the workspace's files and command history in localStorage, so a
 * reload (or a closed tab) keeps them. Storage may be missing, full or blocked; every call
 * reports that instead of throwing. A share link never writes here until the learner edits.
 */
import { shareSchema, SHARE_VERSION, type SharedWorkspace } from './share-codec';
import { AUTOSAVE_KEY } from './opening-hint';

export { AUTOSAVE_KEY };

/** The part of Storage this needs (tests pass a Map-backed fake). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadSaved(store: KeyValueStore | undefined): SharedWorkspace | undefined {
  try {
    const text = store?.getItem(AUTOSAVE_KEY);
    if (!text) return undefined;
    const parsed = shareSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves; false when the browser refused (private mode, quota). */
export function save(
  store: KeyValueStore | undefined,
  files: Readonly<Record<string, string>>,
  history: readonly string[],
): boolean {
  if (!store) return false;
  const value: SharedWorkspace = {
    v: SHARE_VERSION,
    files: { ...files },
    history: history.slice(-500),
  };
  try {
    store.setItem(AUTOSAVE_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
