import type { QuestionType, QuizQuestion } from '../../schemas/quiz';
import { hashSeed, seededRandom, shuffle } from '../practice/random';

/**
 * Which questions a `<Quiz>` shows. Questions belong to the lesson their `lesson` link
 * points at. With a `max`, types are interleaved so a short quiz is not five single-choice
 * questions in a row; open recall questions come last (they suit the practice page more).
 */
export interface QuizSelection {
  lesson?: string;
  ids?: readonly string[];
  max?: number;
}

export function lessonOf(q: Pick<QuizQuestion, 'lesson'>): string {
  return q.lesson.split('/')[2] ?? '';
}

const TYPE_ORDER: readonly QuestionType[] = [
  'single',
  'order',
  'command',
  'multiple',
  'spot-the-bug',
  'recall',
];

export function selectQuestions(
  bank: readonly QuizQuestion[],
  { lesson, ids, max }: QuizSelection,
): QuizQuestion[] {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const unknown = (ids ?? []).filter((id) => !byId.has(id));
  if (unknown.length) {
    throw new Error(`<Quiz ids>: unknown question id ${unknown.map((i) => `\`${i}\``).join(', ')}`);
  }
  const explicit = (ids ?? []).map((id) => byId.get(id)!);
  const fromLesson = lesson ? bank.filter((q) => lessonOf(q) === lesson) : [];
  const seen = new Set<string>();
  const picked = [...explicit, ...interleave(fromLesson)].filter(
    (q) => !seen.has(q.id) && seen.add(q.id),
  );
  if (!picked.length) {
    throw new Error(
      `<Quiz>: no questions for ${lesson ? `lesson \`${lesson}\`` : 'these props'} — fix: pass a lesson slug with questions in content/quizzes or explicit ids`,
    );
  }
  return max === undefined ? picked : picked.slice(0, max);
}

function interleave(questions: readonly QuizQuestion[]): QuizQuestion[] {
  const queues = TYPE_ORDER.map((t) => questions.filter((q) => q.type === t));
  const out: QuizQuestion[] = [];
  while (queues.some((q) => q.length)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next) out.push(next);
    }
  }
  // Recall questions go after every quick check.
  return [...out.filter((q) => q.type !== 'recall'), ...out.filter((q) => q.type === 'recall')];
}

/**
 * The starting arrangement of an order question: a shuffle seeded by the id, so the built
 * HTML and the island agree, and never already correct (that would be no question).
 */
export function initialOrder(id: string, length: number): number[] {
  const identity = Array.from({ length }, (_, i) => i);
  const random = seededRandom(hashSeed(id));
  for (let tries = 0; tries < 10; tries++) {
    const order = shuffle(identity, random);
    if (order.some((v, i) => v !== i)) return order;
  }
  return [...identity.slice(1), identity[0]!];
}

/** Moves the item at `index` by `delta` (−1 up, +1 down); out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}
