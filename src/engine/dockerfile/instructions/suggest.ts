/**
 * BuildKit's `suggest` package: the closest option within Levenshtein distance < 3,
 * for "unknown instruction: RUNN (did you mean RUN?)".
 */

/** Levenshtein distance over code points, stopping early once it cannot be below `limit`. */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) >= limit) return limit;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best >= limit) return limit;
    prev = row;
  }
  return prev[t.length]!;
}

/** The first option (in the given order) with the smallest distance below 3, or undefined. */
export function closest(value: string, options: readonly string[]): string | undefined {
  if (value === '') return undefined;
  const needle = value.toLowerCase();
  let match: string | undefined;
  let min = 3;
  for (const option of options) {
    const d = levenshtein(needle, option.toLowerCase(), min);
    if (d < min) {
      min = d;
      match = option;
    }
  }
  return match === undefined || match.toLowerCase() === needle ? undefined : match;
}
