import type { QuizQuestion } from '../../schemas/quiz';
import { checkMultiple, checkSingle } from './check-choice';
import { checkSpotTheBug } from './check-bug';
import { checkCommand } from './check-command';
import { checkOrder } from './check-order';
import { checkRecall } from './check-recall';
import type { CheckResult, LearnerAnswer } from './types';

/**
 * Checks one answer. Pure: the same question and answer always give the same result.
 * Pass questions through `resolveQuestion` first so version tokens are real versions.
 */
export function checkAnswer(q: QuizQuestion, answer: LearnerAnswer): CheckResult {
  if (q.type !== answer.type) {
    throw new Error(`Question ${q.id} is a ${q.type} question, got a ${answer.type} answer`);
  }
  switch (answer.type) {
    case 'single':
      return checkSingle(q as Extract<QuizQuestion, { type: 'single' }>, answer.choice);
    case 'multiple':
      return checkMultiple(q as Extract<QuizQuestion, { type: 'multiple' }>, answer.choices);
    case 'order':
      return checkOrder(q as Extract<QuizQuestion, { type: 'order' }>, answer.order);
    case 'command':
      return checkCommand(q as Extract<QuizQuestion, { type: 'command' }>, answer.text);
    case 'spot-the-bug':
      return checkSpotTheBug(q as Extract<QuizQuestion, { type: 'spot-the-bug' }>, answer.lines);
    case 'recall':
      return checkRecall(
        q as Extract<QuizQuestion, { type: 'recall' }>,
        answer.grade,
        answer.keyPointsHit,
      );
  }
}
