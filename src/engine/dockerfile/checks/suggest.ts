import { levenshtein } from '../instructions/suggest';

/**
 * BuildKit `suggest.Search` as the linter calls it (case-sensitive on Linux): the first
 * option with the smallest Levenshtein distance below 3, never the value itself.
 * uncertain: BuildKit iterates a Go map here, so among equally close options its pick is
 * random; this takes the first in the given order.
 */
export function searchSuggestion(value: string, options: Iterable<string>): string | undefined {
  if (value === '') return undefined;
  let match: string | undefined;
  let min = 3;
  for (const option of options) {
    if (option === value) return undefined;
    const d = levenshtein(value, option, min);
    if (d < min) {
      min = d;
      match = option;
    }
  }
  return match;
}
