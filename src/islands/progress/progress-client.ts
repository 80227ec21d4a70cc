import {
  createProgressStore,
  type ProgressStore,
  type StorageStatus,
} from '../../lib/progress/store';
import { storageNotice } from '../../lib/quiz-view/progress-view';
import type { Progress } from '../../schemas/progress';

/**
 * The page's one progress store over localStorage, shared by every island on the page
 * (quiz, "Mark lesson complete", practice). Changes are broadcast as a DOM event so each
 * island can refresh what it shows.
 */
const EVENT = 'stagecraft:progress';
let store: ProgressStore | undefined;

export function getStore(): ProgressStore {
  // A getter: touching window.localStorage itself throws when storage is blocked.
  store ??= createProgressStore(() => window.localStorage);
  return store;
}

export function getProgress(): Progress {
  return getStore().get();
}

export function updateProgress(change: (p: Progress) => Progress): StorageStatus {
  const status = getStore().update(change);
  announceChange();
  return status;
}

export function replaceProgress(p: Progress): StorageStatus {
  const status = getStore().replace(p);
  announceChange();
  return status;
}

export function resetProgress(): StorageStatus {
  const status = getStore().reset();
  announceChange();
  return status;
}

function announceChange() {
  document.dispatchEvent(new CustomEvent(EVENT));
}

export function onProgressChange(listener: () => void): void {
  document.addEventListener(EVENT, listener);
}

/**
 * Fills every `[data-storage-notice]` inside `scope` (role=status, hidden by CSS while
 * empty) with the current storage problem, or empties it.
 */
export function renderStorageNotices(scope: ParentNode = document): void {
  const text = storageNotice(getStore().status()) ?? '';
  for (const el of scope.querySelectorAll<HTMLElement>('[data-storage-notice]')) {
    if (el.textContent !== text) el.textContent = text;
  }
}
