import type { Progress } from '../../schemas/progress';

/**
 * The team-onboarding view of progress: each lesson in order with its time, whether it is
 * done, and how its quiz went. Pure, so the checklist and the printed summary agree.
 */
export interface PathLesson {
  slug: string;
  title: string;
  minutes: number;
  /** Question ids whose lesson link points at this lesson. */
  questionIds: readonly string[];
}

export interface PathRow {
  slug: string;
  title: string;
  minutes: number;
  completed: boolean;
  completedAt: string | undefined;
  /** Questions of this lesson answered at least once, and the sum of their latest scores. */
  answered: number;
  total: number;
  score: number;
}

export interface PathSummary {
  rows: PathRow[];
  lessonsDone: number;
  minutesTotal: number;
  minutesLeft: number;
  answered: number;
  /** Mean latest score over answered questions, 0–1; null when none was answered. */
  quizScore: number | null;
}

export function pathSummary(lessons: readonly PathLesson[], p: Progress): PathSummary {
  const rows = lessons.map((l) => {
    const entry = p.lessons[l.slug];
    const results = l.questionIds.map((id) => p.quiz[id]).filter((r) => r !== undefined);
    return {
      slug: l.slug,
      title: l.title,
      minutes: l.minutes,
      completed: entry?.completed ?? false,
      completedAt: entry?.completedAt,
      answered: results.length,
      total: l.questionIds.length,
      score: results.reduce((s, r) => s + r.lastScore, 0),
    };
  });
  const answered = rows.reduce((s, r) => s + r.answered, 0);
  const scored = rows.reduce((s, r) => s + r.score, 0);
  return {
    rows,
    lessonsDone: rows.filter((r) => r.completed).length,
    minutesTotal: rows.reduce((s, r) => s + r.minutes, 0),
    minutesLeft: rows.filter((r) => !r.completed).reduce((s, r) => s + r.minutes, 0),
    answered,
    quizScore: answered ? scored / answered : null,
  };
}

/** "4 of 7 answered, 75 %" or "not started", for a table cell. */
export function quizCell(row: Pick<PathRow, 'answered' | 'total' | 'score'>): string {
  if (!row.answered) return 'Not started';
  return `${row.answered} of ${row.total} answered, ${percent(row.score / row.answered)}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 h 35 min" / "40 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** A date as the learner reads it, fixed to ISO-like `YYYY-MM-DD` in local time. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
