import { describe, expect, it } from 'vitest';
import {
  formatMinutes,
  localDate,
  pathSummary,
  percent,
  quizCell,
} from '../../src/lib/quiz-view/path-summary';
import {
  previousResultText,
  storageNotice,
  uncompleteLesson,
} from '../../src/lib/quiz-view/progress-view';
import { clockText, milestoneCrossed } from '../../src/lib/quiz-view/timer';
import { cardAction, intervalText } from '../../src/lib/quiz-view/keys';
import { completeLesson, emptyProgress, recordQuizResult } from '../../src/lib/progress/state';

const now = new Date('2026-11-27T10:00:00Z');
const lessons = [
  {
    slug: '01-why-image-size-matters',
    title: 'Why size matters',
    minutes: 15,
    questionIds: ['size-a', 'size-b'],
  },
  {
    slug: '02-multi-stage-builds',
    title: 'Multi-stage builds',
    minutes: 50,
    questionIds: ['ms-a'],
  },
];

describe('pathSummary', () => {
  it('lists lessons with completion and the latest quiz scores', () => {
    let p = completeLesson(emptyProgress(), '01-why-image-size-matters', now);
    p = recordQuizResult(p, 'size-a', 1, now);
    p = recordQuizResult(p, 'size-b', 0.5, now);
    const s = pathSummary(lessons, p);
    expect(s.lessonsDone).toBe(1);
    expect(s.minutesTotal).toBe(65);
    expect(s.minutesLeft).toBe(50);
    expect(s.answered).toBe(2);
    expect(s.quizScore).toBe(0.75);
    expect(s.rows[0]).toMatchObject({
      completed: true,
      completedAt: now.toISOString(),
      answered: 2,
      total: 2,
    });
    expect(quizCell(s.rows[0]!)).toBe('2 of 2 answered, 75%');
    expect(quizCell(s.rows[1]!)).toBe('Not started');
  });

  it('has no quiz score before any answer', () => {
    expect(pathSummary(lessons, emptyProgress()).quizScore).toBeNull();
  });

  it('formats minutes, percentages and local dates', () => {
    expect(formatMinutes(40)).toBe('40 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(95)).toBe('1 h 35 min');
    expect(percent(2 / 3)).toBe('67%');
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('progress view helpers', () => {
  it('undoes a completed lesson without touching its steps', () => {
    const done = completeLesson(emptyProgress(), '02-multi-stage-builds', now);
    const withStep = {
      ...done,
      lessons: {
        '02-multi-stage-builds': { ...done.lessons['02-multi-stage-builds']!, steps: ['s1'] },
      },
    };
    expect(uncompleteLesson(withStep, '02-multi-stage-builds').lessons).toEqual({
      '02-multi-stage-builds': { completed: false, steps: ['s1'] },
    });
    const empty = emptyProgress();
    expect(uncompleteLesson(empty, 'x')).toBe(empty);
  });

  it('shows a notice only when progress is not saved or was unreadable', () => {
    expect(storageNotice({ kind: 'saved' })).toBeNull();
    expect(storageNotice({ kind: 'fresh' })).toBeNull();
    expect(storageNotice({ kind: 'migrated', from: 0 })).toBeNull();
    expect(storageNotice({ kind: 'quota', message: 'Full.' })).toBe('Full.');
    expect(storageNotice({ kind: 'unavailable', message: 'Off.' })).toBe('Off.');
    expect(storageNotice({ kind: 'corrupt', message: 'Bad.' })).toBe('Bad.');
  });

  it('describes a saved quiz result', () => {
    expect(previousResultText(undefined)).toBeNull();
    const p = recordQuizResult(recordQuizResult(emptyProgress(), 'q', 0, now), 'q', 0.5, now);
    expect(previousResultText(p.quiz.q)).toBe('Saved: last answer 50% right, 2 attempts.');
    expect(previousResultText(recordQuizResult(emptyProgress(), 'q', 1, now).quiz.q)).toBe(
      'Saved: last answer correct, 1 attempt.',
    );
  });
});

describe('interview timer', () => {
  const min = 60_000;
  it('shows m:ss, rounding up so 0:00 means time is up', () => {
    expect(clockText(20 * min)).toBe('20:00');
    expect(clockText(61_001)).toBe('1:02');
    expect(clockText(-5)).toBe('0:00');
  });

  it('speaks only at half time, 5 minutes, 1 minute and the end', () => {
    const d = 20 * min;
    expect(milestoneCrossed(d, 20 * min, 19 * min)).toBeNull();
    expect(milestoneCrossed(d, 10 * min + 500, 10 * min - 500)).toBe('10 minutes left.');
    expect(milestoneCrossed(d, 5 * min + 1, 5 * min)).toBe('5 minutes left.');
    expect(milestoneCrossed(d, 61_000, 59_000)).toBe('1 minute left.');
    expect(milestoneCrossed(d, 1000, 0)).toBe('Time is up.');
    expect(milestoneCrossed(d, 0, 0)).toBeNull();
    // A background tab that skipped from 6 to 0.5 minutes hears the latest milestone only.
    expect(milestoneCrossed(d, 6 * min, 30_000)).toBe('1 minute left.');
  });

  it('has no separate 5-minute mark when the interview is 10 minutes (half time is 5)', () => {
    expect(milestoneCrossed(10 * min, 5 * min + 1, 5 * min - 1)).toBe('5 minutes left.');
  });
});

describe('flashcard keys', () => {
  it('reveals with Space or Enter, then grades with 1–4', () => {
    expect(cardAction({ key: ' ', targetTag: 'BODY' }, false)).toEqual({ kind: 'reveal' });
    expect(cardAction({ key: 'Enter', targetTag: 'H2' }, false)).toEqual({ kind: 'reveal' });
    expect(cardAction({ key: '3', targetTag: 'BODY' }, false)).toBeNull();
    expect(cardAction({ key: '1', targetTag: 'BODY' }, true)).toEqual({
      kind: 'grade',
      grade: 'again',
    });
    expect(cardAction({ key: '4', targetTag: 'DIV' }, true)).toEqual({
      kind: 'grade',
      grade: 'easy',
    });
  });

  it('leaves typing, modifiers and focused buttons alone', () => {
    expect(cardAction({ key: '3', targetTag: 'SELECT' }, true)).toBeNull();
    expect(cardAction({ key: '3', targetTag: 'DIV', targetEditable: true }, true)).toBeNull();
    expect(cardAction({ key: '3', targetTag: 'BODY', ctrlKey: true }, true)).toBeNull();
    expect(cardAction({ key: ' ', targetTag: 'BUTTON' }, false)).toBeNull();
    expect(cardAction({ key: 'Enter', targetTag: 'A' }, false)).toBeNull();
  });

  it('says when a card comes back', () => {
    const at = (ms: number) => new Date(now.getTime() + ms);
    expect(intervalText(at(10 * 60_000), now)).toBe('10 min');
    expect(intervalText(at(5 * 3600_000), now)).toBe('5 h');
    expect(intervalText(at(86_400_000), now)).toBe('1 day');
    expect(intervalText(at(3 * 86_400_000), now)).toBe('3 days');
    expect(intervalText(at(90 * 86_400_000), now)).toBe('3 months');
  });
});
