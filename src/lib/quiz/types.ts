import type { QuizQuestion, QuestionOf, QuestionType } from '../../schemas/quiz';

/** What the learner gave, per question type. Option keys and step indices are canonical. */
export type LearnerAnswer =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: readonly string[] }
  /** Indices into the question's `steps` (which are stored in the correct order). */
  | { type: 'order'; order: readonly number[] }
  | { type: 'command'; text: string }
  | { type: 'spot-the-bug'; lines: readonly number[] }
  /** Self-graded: the learner compares with the model answer and ticks key points. */
  | { type: 'recall'; grade: SelfGrade; keyPointsHit?: readonly number[] };

export type SelfGrade = 'knew-it' | 'partly' | 'missed';

export interface CheckResult {
  correct: boolean;
  /** What to show after answering: why, in the learner's terms. */
  feedback: string;
  /** A nudge that does not give the answer away, for a retry. */
  hint?: string;
  /** 0–1 partial credit, for progress and weak-topic summaries. */
  score: number;
}

export type { QuizQuestion, QuestionOf, QuestionType };
