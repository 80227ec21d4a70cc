import type { QuestionOf } from '../../schemas/quiz';
import type { CheckResult, SelfGrade } from './types';

const SCORES: Record<SelfGrade, number> = { 'knew-it': 1, partly: 0.5, missed: 0 };

/**
 * Open answers are self-graded against the model answer: typed text is never scored by
 * keywords, which would reward parroting and punish correct paraphrase.
 */
export function checkRecall(
  q: QuestionOf<'recall'>,
  grade: SelfGrade,
  keyPointsHit: readonly number[] = [],
): CheckResult {
  const missed = q.keyPoints.filter((_, i) => !keyPointsHit.includes(i));
  const correct = grade === 'knew-it';
  const missing =
    missed.length && keyPointsHit.length ? ` Points to add next time: ${missed.join('; ')}.` : '';
  return {
    correct,
    score: SCORES[grade],
    feedback: `Model answer: ${q.modelAnswer}${missing}`,
    ...(correct ? {} : { hint: `A good answer mentions: ${q.keyPoints.join('; ')}.` }),
  };
}
