import type { QuestionOf } from '../../schemas/quiz';
import type { CheckResult } from './types';

export function checkSingle(q: QuestionOf<'single'>, choice: string): CheckResult {
  if (!(choice in q.options)) {
    return {
      correct: false,
      score: 0,
      feedback: 'Pick one of the options.',
      hint: 'Choose an option first.',
    };
  }
  const correct = choice === q.answer;
  return {
    correct,
    score: correct ? 1 : 0,
    feedback: correct ? `Correct. ${q.explanation}` : `Not quite. ${q.explanation}`,
    ...(correct ? {} : { hint: 'Re-read the question: exactly one option is right.' }),
  };
}

export function checkMultiple(q: QuestionOf<'multiple'>, choices: readonly string[]): CheckResult {
  const picked = new Set(choices.filter((c) => c in q.options));
  const right = new Set(q.answer);
  const hits = [...picked].filter((c) => right.has(c)).length;
  const wrong = picked.size - hits;
  const missed = right.size - hits;
  const correct = wrong === 0 && missed === 0;
  // Partial credit: right picks minus wrong picks, never below zero.
  const score = Math.max(0, (hits - wrong) / right.size);
  if (correct) return { correct, score: 1, feedback: `Correct. ${q.explanation}` };
  const parts = [
    missed ? `${missed} correct option${missed > 1 ? 's' : ''} not selected` : '',
    wrong ? `${wrong} selected option${wrong > 1 ? 's are' : ' is'} wrong` : '',
  ].filter(Boolean);
  return {
    correct,
    score,
    feedback: `Not quite: ${parts.join(', ')}. ${q.explanation}`,
    hint: `Select all that apply: ${right.size} option${right.size > 1 ? 's are' : ' is'} right.`,
  };
}
