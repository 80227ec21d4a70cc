export { checkAnswer } from './check';
export {
  parseDockerCommand,
  splitWords,
  type NormalizedCommand,
  type ParseResult,
} from './command-parse';
export { resolveQuestion } from './resolve';
export {
  validateQuizYaml,
  validateQuizData,
  duplicateIdErrors,
  topicOfFile,
  type QuizFileResult,
} from './validate';
export type { CheckResult, LearnerAnswer, SelfGrade } from './types';
