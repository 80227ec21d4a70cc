import { describe, expect, it } from 'vitest';
import {
  completeLesson,
  createProgressStore,
  detectVersion,
  emptyProgress,
  exportFileName,
  exportProgress,
  importProgress,
  MAX_IMPORT_BYTES,
  migrateProgress,
} from '../../../src/lib/progress';

const now = new Date('2026-11-26T10:00:00.000Z');

/** Import only replaces progress on success: the pattern the UI follows. */
function importInto(store: ReturnType<typeof createProgressStore>, text: string) {
  const r = importProgress(text);
  if (r.ok) store.replace(r.progress);
  return r;
}

describe('migrations', () => {
  it('detects versions and foreign data', () => {
    expect(detectVersion({ lessons: [] })).toBe(0);
    expect(detectVersion(emptyProgress())).toBe(1);
    expect(detectVersion({ name: 'some-package', version: 1 })).toBeNull();
    expect(detectVersion([1, 2])).toBeNull();
  });

  it('migrates v0 (a list of completed lesson slugs) to v1', () => {
    expect(
      migrateProgress({ lessons: ['01-why-image-size-matters', '02-multi-stage-builds'] }),
    ).toEqual({
      ok: true,
      migratedFrom: 0,
      progress: {
        app: 'stagecraft',
        version: 1,
        lessons: {
          '01-why-image-size-matters': { completed: true, steps: [] },
          '02-multi-stage-builds': { completed: true, steps: [] },
        },
        quiz: {},
        cards: {},
      },
    });
  });

  it('refuses a newer format', () => {
    expect(migrateProgress({ ...emptyProgress(), version: 2 }, 'imported file')).toEqual({
      ok: false,
      reason: 'newer',
      message:
        'imported file: saved by a newer Stagecraft (format v2; this page reads up to v1) — fix: reload the page to get the latest version',
    });
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const p = completeLesson(emptyProgress(), '04-distroless-images', now);
    const r = importProgress(exportProgress(p));
    expect(r).toEqual({
      ok: true,
      progress: p,
      message: 'Imported progress: 1 lesson completed, 0 flashcards.',
    });
    expect(exportFileName(now)).toBe('stagecraft-progress-2026-11-26.json');
  });

  it('migrates an old export', () => {
    const r = importProgress(JSON.stringify({ lessons: ['01-why-image-size-matters'] }));
    expect(r.ok && r.message).toBe(
      'Imported progress (upgraded from format v0): 1 lesson completed, 0 flashcards.',
    );
  });

  const refused: [string, string, string][] = [
    [
      'corrupt JSON',
      '{"app": "stagecraft", ',
      'This file is not valid JSON. Your progress is unchanged.',
    ],
    [
      'foreign JSON',
      JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
      'imported file: this is not a Stagecraft progress file. Your progress is unchanged.',
    ],
    [
      'a damaged Stagecraft file',
      JSON.stringify({ ...emptyProgress(), lessons: { x: { completed: 'yes', steps: [] } } }),
      'imported file → field `lessons.x.completed`: expected boolean, received string. Your progress is unchanged.',
    ],
    [
      'an oversized file',
      `{"pad": "${'x'.repeat(MAX_IMPORT_BYTES)}"}`,
      'This file is too large (1.0 MiB; the limit is 1.0 MiB), so it is not a Stagecraft progress file. Your progress is unchanged.',
    ],
  ];
  it.each(refused)('refuses %s and leaves progress unchanged', (_, text, message) => {
    const store = createProgressStore(() => null);
    store.update((p) => completeLesson(p, '03-multi-stage-in-depth', now));
    const before = store.get();
    expect(importInto(store, text)).toEqual({ ok: false, message });
    expect(store.get()).toBe(before);
  });
});
