import type { Progress } from '../../schemas/progress';
import { migrateProgress } from './migrations';
import { emptyProgress } from './state';

/**
 * Progress kept in memory and mirrored to a Storage (localStorage in the browser, a fake in
 * tests). Storage is a convenience, never a requirement: private windows, full quotas,
 * blocked cookies and damaged values all end in a status the UI can show, while the course
 * keeps working in memory. Nothing here throws to the caller.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageStatus =
  | { kind: 'saved' }
  /** Nothing was stored yet (first visit). */
  | { kind: 'fresh' }
  | { kind: 'migrated'; from: number }
  | { kind: 'unavailable'; message: string }
  | { kind: 'quota'; message: string }
  | { kind: 'corrupt'; message: string };

export const PROGRESS_KEY = 'stagecraft:progress';
const NOT_SAVING =
  'Your progress is not being saved in this browser; it lasts until you close the tab.';

export interface ProgressStore {
  get(): Progress;
  status(): StorageStatus;
  /** True when changes reach storage; false means "progress is not being saved". */
  isSaving(): boolean;
  update(change: (p: Progress) => Progress): StorageStatus;
  replace(p: Progress): StorageStatus;
  reset(): StorageStatus;
}

/**
 * `storage` is a getter because merely touching `window.localStorage` can throw
 * (SecurityError when storage is blocked).
 */
export function createProgressStore(
  storage: () => StorageLike | null | undefined,
  key = PROGRESS_KEY,
): ProgressStore {
  let backend: StorageLike | null = null;
  let status: StorageStatus;
  let current = emptyProgress();
  try {
    backend = storage() ?? null;
  } catch {
    backend = null;
  }
  if (!backend) status = { kind: 'unavailable', message: NOT_SAVING };
  else [current, status] = load(backend, key);

  const save = (p: Progress): StorageStatus => {
    current = p;
    if (!backend) return status;
    try {
      backend.setItem(key, JSON.stringify(p));
      status = { kind: 'saved' };
    } catch (e) {
      status = isQuotaError(e)
        ? { kind: 'quota', message: `Browser storage is full. ${NOT_SAVING}` }
        : { kind: 'unavailable', message: NOT_SAVING };
    }
    return status;
  };

  return {
    get: () => current,
    status: () => status,
    isSaving: () => status.kind !== 'unavailable' && status.kind !== 'quota',
    update: (change) => save(change(current)),
    replace: (p) => save(p),
    reset: () => {
      current = emptyProgress();
      if (!backend) return status;
      try {
        backend.removeItem(key);
        status = { kind: 'fresh' };
      } catch {
        status = { kind: 'unavailable', message: NOT_SAVING };
      }
      return status;
    },
  };
}

function load(backend: StorageLike, key: string): [Progress, StorageStatus] {
  let raw: string | null;
  try {
    raw = backend.getItem(key);
  } catch {
    return [emptyProgress(), { kind: 'unavailable', message: NOT_SAVING }];
  }
  if (raw === null) return [emptyProgress(), { kind: 'fresh' }];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [emptyProgress(), corrupt(backend, key, raw)];
  }
  const result = migrateProgress(data, 'saved progress');
  if (!result.ok) return [emptyProgress(), corrupt(backend, key, raw)];
  return [
    result.progress,
    result.migratedFrom === null
      ? { kind: 'saved' }
      : { kind: 'migrated', from: result.migratedFrom },
  ];
}

/** Keeps the unreadable value under a side key so a later version (or a human) can rescue it. */
function corrupt(backend: StorageLike, key: string, raw: string): StorageStatus {
  try {
    backend.setItem(`${key}:unreadable`, raw);
  } catch {
    // Best effort only: the fresh start matters more than the backup.
  }
  return {
    kind: 'corrupt',
    message: 'Saved progress could not be read, so you start fresh; the old value is kept aside.',
  };
}

function isQuotaError(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  // Chrome/Safari: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}
