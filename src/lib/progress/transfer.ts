import type { Progress } from '../../schemas/progress';
import { migrateProgress } from './migrations';

/**
 * Export and import of progress as a JSON file, so learners can move between browsers
 * without an account. Import validates everything before returning: a refused file
 * leaves the caller's progress untouched (the caller only replaces on `ok: true`).
 */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export function exportProgress(p: Progress): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}

export function exportFileName(now: Date): string {
  return `stagecraft-progress-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult =
  { ok: true; progress: Progress; message: string } | { ok: false; message: string };

export function importProgress(text: string): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `This file is too large (${formatKiB(bytes)}; the limit is ${formatKiB(MAX_IMPORT_BYTES)}), so it is not a Stagecraft progress file. Your progress is unchanged.`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON. Your progress is unchanged.' };
  }
  const result = migrateProgress(data, 'imported file');
  if (!result.ok) return { ok: false, message: `${result.message}. Your progress is unchanged.` };
  const lessons = Object.values(result.progress.lessons).filter((l) => l.completed).length;
  const upgraded =
    result.migratedFrom === null ? '' : ` (upgraded from format v${result.migratedFrom})`;
  return {
    ok: true,
    progress: result.progress,
    message: `Imported progress${upgraded}: ${lessons} lesson${lessons === 1 ? '' : 's'} completed, ${Object.keys(result.progress.cards).length} flashcards.`,
  };
}

function formatKiB(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}
