import type { Progress } from '../../schemas/progress';
import type { StorageStatus } from '../progress/store';

/** Small pure helpers the progress islands share. */

/** Undoes "Mark lesson complete"; steps done stay done. */
export function uncompleteLesson(p: Progress, lesson: string): Progress {
  const entry = p.lessons[lesson];
  if (!entry?.completed) return p;
  const { completedAt: _completedAt, ...rest } = entry;
  return { ...p, lessons: { ...p.lessons, [lesson]: { ...rest, completed: false } } };
}

/** The notice to show for a storage status, or null when all is well. */
export function storageNotice(status: StorageStatus): string | null {
  switch (status.kind) {
    case 'unavailable':
    case 'quota':
      return status.message;
    case 'corrupt':
      return status.message;
    default:
      return null;
  }
}

/** "Saved: last answer correct, 1 attempt." for a question already answered. */
export function previousResultText(r: Progress['quiz'][string] | undefined): string | null {
  if (!r) return null;
  const attempts = `${r.attempts} attempt${r.attempts === 1 ? '' : 's'}`;
  const last = r.lastScore >= 1 ? 'correct' : `${Math.round(r.lastScore * 100)}% right`;
  return `Saved: last answer ${last}, ${attempts}.`;
}
