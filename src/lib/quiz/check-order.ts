import type { QuestionOf } from '../../schemas/quiz';
import type { CheckResult } from './types';

/** `order` lists indices into `q.steps` (stored correct order) as the learner arranged them. */
export function checkOrder(q: QuestionOf<'order'>, order: readonly number[]): CheckResult {
  const n = q.steps.length;
  const isPermutation =
    order.length === n && new Set(order).size === n && order.every((i) => i >= 0 && i < n);
  if (!isPermutation) {
    return {
      correct: false,
      score: 0,
      feedback: `Place all ${n} steps, each once.`,
      hint: `Use every step exactly once.`,
    };
  }
  const inPlace = order.filter((step, position) => step === position).length;
  const correct = inPlace === n;
  if (correct) return { correct, score: 1, feedback: `Correct. ${q.explanation}` };
  const firstWrong = order.findIndex((step, position) => step !== position);
  return {
    correct,
    score: inPlace / n,
    feedback: `${inPlace} of ${n} steps are in the right place. ${q.explanation}`,
    hint: `Step ${firstWrong + 1} is not the right one yet.`,
  };
}
