import { replaceVersionTokens } from '../markdown/version-tokens';
import type { QuizQuestion } from '../../schemas/quiz';

/**
 * Replaces `%%key%%` version tokens in every string of a question (prompt, options, accepted
 * commands, Dockerfile…). An unknown key throws UnknownVersionTokenError naming it.
 */
export function resolveQuestion<Q extends QuizQuestion>(q: Q): Q {
  return mapStrings(q) as Q;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === 'string') return replaceVersionTokens(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v)]));
  }
  return value;
}
