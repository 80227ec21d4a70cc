import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { QuizQuestion, QuizTopic } from '../../schemas/quiz';
import type { CardState } from '../../schemas/progress';

/**
 * Spaced repetition over the question bank with FSRS (ts-fsrs): one card per question.
 * Fuzz is off so the same reviews give the same schedule (testable, and explainable to a
 * learner who compares two devices). Time always comes in as `now`.
 */
const scheduler = fsrs({ enable_fuzz: false });

export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';
const RATINGS: Record<ReviewGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export function newCard(now: Date): CardState {
  return toStored(createEmptyCard(now));
}

export function reviewCard(card: CardState | undefined, grade: ReviewGrade, now: Date): CardState {
  const current = card ? fromStored(card) : createEmptyCard(now);
  return toStored(scheduler.next(current, now, RATINGS[grade]).card);
}

/** When each grade would bring the card back, for the buttons ("Good · 3 days"). */
export function previewIntervals(
  card: CardState | undefined,
  now: Date,
): Record<ReviewGrade, Date> {
  const current = card ? fromStored(card) : createEmptyCard(now);
  const preview = scheduler.repeat(current, now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

export interface DueOptions {
  topic?: QuizTopic;
  /** New (never reviewed) cards to introduce per session; reviews are never capped. */
  newLimit?: number;
}

/**
 * Questions to review now: due cards first (most overdue first), then new ones in bank
 * order up to `newLimit`.
 */
export function dueQuestions(
  questions: readonly QuizQuestion[],
  cards: Readonly<Record<string, CardState>>,
  now: Date,
  { topic, newLimit = 10 }: DueOptions = {},
): QuizQuestion[] {
  const pool = topic ? questions.filter((q) => q.topics.includes(topic)) : questions;
  const due = pool
    .filter((q) => cards[q.id] && Date.parse(cards[q.id]!.due) <= now.getTime())
    .sort((a, b) => Date.parse(cards[a.id]!.due) - Date.parse(cards[b.id]!.due));
  const fresh = pool.filter((q) => !cards[q.id]).slice(0, newLimit);
  return [...due, ...fresh];
}

/** Count for a badge: reviews due by the end of the learner's day, plus new cards. */
export function dueCount(
  questions: readonly QuizQuestion[],
  cards: Readonly<Record<string, CardState>>,
  endOfDay: Date,
  options: DueOptions = {},
): number {
  return dueQuestions(questions, cards, endOfDay, options).length;
}

function toStored(card: Card): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState['state'],
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
  };
}

function fromStored(s: CardState): Card {
  return {
    ...s,
    due: new Date(s.due),
    last_review: s.last_review ? new Date(s.last_review) : undefined,
  };
}
