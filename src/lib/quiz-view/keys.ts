import type { ReviewGrade } from '../practice/flashcards';

/**
 * Flashcard keyboard shortcuts: Space or Enter reveals the answer, 1–4 grade it. Keys are
 * ignored while the learner types in a field or holds a modifier, and Enter/Space on a
 * focused button or link stay that control's own.
 */
export type CardAction = { kind: 'reveal' } | { kind: 'grade'; grade: ReviewGrade };

const GRADES: Record<string, ReviewGrade> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

export interface KeyInfo {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Tag name of the focused element, upper-case as the DOM gives it. */
  targetTag?: string;
  targetEditable?: boolean;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const ACTIVATABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

export function cardAction(e: KeyInfo, revealed: boolean): CardAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.targetEditable || TYPING.has(e.targetTag ?? '')) return null;
  if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
    return ACTIVATABLE.has(e.targetTag ?? '') ? null : { kind: 'reveal' };
  }
  const grade = GRADES[e.key];
  return revealed && grade ? { kind: 'grade', grade } : null;
}

export const gradeLabels: Record<ReviewGrade, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/** "in 10 min", "in 3 days": how long until the card returns. */
export function intervalText(due: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.round(days / 30);
  return `${months} month${months === 1 ? '' : 's'}`;
}
