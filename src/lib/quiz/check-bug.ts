import type { QuestionOf } from '../../schemas/quiz';
import type { CheckResult } from './types';

/** Lines are 1-based, as shown next to the Dockerfile. */
export function checkSpotTheBug(
  q: QuestionOf<'spot-the-bug'>,
  lines: readonly number[],
): CheckResult {
  const picked = new Set(lines);
  const faulty = new Set(q.answer);
  const hits = [...picked].filter((l) => faulty.has(l)).length;
  const wrong = picked.size - hits;
  const correct = hits === faulty.size && wrong === 0;
  if (correct) return { correct, score: 1, feedback: `Correct. ${q.explanation}` };
  const plural = faulty.size > 1;
  let hint: string;
  if (picked.size === 0) hint = 'Select the line (or lines) that cause the problem.';
  else if (hits < faulty.size && wrong === 0)
    hint = `You found ${hits} of ${faulty.size} faulty lines.`;
  else hint = `${wrong} selected line${wrong > 1 ? 's are' : ' is'} fine as written.`;
  return {
    correct,
    score: Math.max(0, (hits - wrong) / faulty.size),
    feedback: `The faulty line${plural ? 's are' : ' is'} ${[...faulty].sort((a, b) => a - b).join(', ')}. ${q.explanation}`,
    hint,
  };
}
