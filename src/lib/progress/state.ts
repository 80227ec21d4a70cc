import { PROGRESS_APP, type CardState, type Progress } from '../../schemas/progress';

/**
 * Pure updates of a Progress value: each returns a new object and never reads the clock;
 * the caller passes `now`.
 */
export function emptyProgress(): Progress {
  return { app: PROGRESS_APP, version: 1, lessons: {}, quiz: {}, cards: {} };
}

export function completeStep(p: Progress, lesson: string, step: string): Progress {
  const entry = p.lessons[lesson] ?? { completed: false, steps: [] };
  if (entry.steps.includes(step)) return p;
  return { ...p, lessons: { ...p.lessons, [lesson]: { ...entry, steps: [...entry.steps, step] } } };
}

export function completeLesson(p: Progress, lesson: string, now: Date): Progress {
  const entry = p.lessons[lesson] ?? { completed: false, steps: [] };
  if (entry.completed) return p;
  const done = { ...entry, completed: true, completedAt: now.toISOString() };
  return { ...p, lessons: { ...p.lessons, [lesson]: done } };
}

export function recordQuizResult(
  p: Progress,
  questionId: string,
  score: number,
  now: Date,
): Progress {
  const prev = p.quiz[questionId] ?? {
    attempts: 0,
    correct: 0,
    lastScore: 0,
    lastAt: now.toISOString(),
  };
  const next = {
    attempts: prev.attempts + 1,
    correct: prev.correct + (score >= 1 ? 1 : 0),
    lastScore: Math.min(1, Math.max(0, score)),
    lastAt: now.toISOString(),
  };
  return { ...p, quiz: { ...p.quiz, [questionId]: next } };
}

export function setCard(p: Progress, questionId: string, card: CardState): Progress {
  return { ...p, cards: { ...p.cards, [questionId]: card } };
}

export function completedLessons(p: Progress): string[] {
  return Object.entries(p.lessons)
    .filter(([, l]) => l.completed)
    .map(([slug]) => slug)
    .sort();
}
