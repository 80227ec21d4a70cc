import { describe, expect, it } from 'vitest';
import {
  completeLesson,
  completeStep,
  createProgressStore,
  emptyProgress,
  PROGRESS_KEY,
  recordQuizResult,
  type StorageLike,
} from '../../../src/lib/progress';

const now = new Date('2026-11-26T10:00:00.000Z');

class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failSet: Error | null = null;
  failGet: Error | null = null;
  getItem(key: string) {
    if (this.failGet) throw this.failGet;
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failSet) throw this.failSet;
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

function quotaError(): Error {
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

describe('progress store', () => {
  it('starts fresh, saves and reloads', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(() => storage);
    expect(store.status()).toEqual({ kind: 'fresh' });
    store.update((p) =>
      completeLesson(
        completeStep(p, '02-multi-stage-builds', 'build'),
        '02-multi-stage-builds',
        now,
      ),
    );
    expect(store.status()).toEqual({ kind: 'saved' });
    const again = createProgressStore(() => storage);
    expect(again.get().lessons['02-multi-stage-builds']).toEqual({
      completed: true,
      completedAt: '2026-11-26T10:00:00.000Z',
      steps: ['build'],
    });
  });

  it('migrates a v0 save on load', () => {
    const storage = new FakeStorage();
    storage.data.set(PROGRESS_KEY, JSON.stringify({ lessons: ['01-why-image-size-matters'] }));
    const store = createProgressStore(() => storage);
    expect(store.status()).toEqual({ kind: 'migrated', from: 0 });
    expect(store.get().lessons).toEqual({
      '01-why-image-size-matters': { completed: true, steps: [] },
    });
  });

  it('keeps working in memory when storage is full', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(() => storage);
    storage.failSet = quotaError();
    const status = store.update((p) => recordQuizResult(p, 'ms-1', 1, now));
    expect(status).toEqual({
      kind: 'quota',
      message:
        'Browser storage is full. Your progress is not being saved in this browser; it lasts until you close the tab.',
    });
    expect(store.isSaving()).toBe(false);
    expect(store.get().quiz['ms-1']!.attempts).toBe(1);
  });

  it('works without storage when getItem throws or storage is blocked', () => {
    const storage = new FakeStorage();
    storage.failGet = new Error('SecurityError');
    const store = createProgressStore(() => storage);
    expect(store.status().kind).toBe('unavailable');
    expect(store.update((p) => completeStep(p, '05-debugging-distroless', 'logs')).kind).toBe(
      'saved',
    );

    const blocked = createProgressStore(() => {
      throw new Error('The operation is insecure.');
    });
    expect(blocked.status()).toEqual({
      kind: 'unavailable',
      message:
        'Your progress is not being saved in this browser; it lasts until you close the tab.',
    });
    blocked.update((p) => completeStep(p, '05-debugging-distroless', 'logs'));
    expect(blocked.get().lessons['05-debugging-distroless']!.steps).toEqual(['logs']);
    expect(createProgressStore(() => null).isSaving()).toBe(false);
  });

  it('starts fresh on corrupted JSON or a foreign value and keeps the old value aside', () => {
    for (const raw of ['{"lessons": [', JSON.stringify({ theme: 'dark' })]) {
      const storage = new FakeStorage();
      storage.data.set(PROGRESS_KEY, raw);
      const store = createProgressStore(() => storage);
      expect(store.status()).toEqual({
        kind: 'corrupt',
        message:
          'Saved progress could not be read, so you start fresh; the old value is kept aside.',
      });
      expect(store.get()).toEqual(emptyProgress());
      expect(storage.data.get(`${PROGRESS_KEY}:unreadable`)).toBe(raw);
    }
  });

  it('resets', () => {
    const storage = new FakeStorage();
    const store = createProgressStore(() => storage);
    store.update((p) => completeLesson(p, '01-why-image-size-matters', now));
    expect(store.reset()).toEqual({ kind: 'fresh' });
    expect(store.get()).toEqual(emptyProgress());
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
  });
});
