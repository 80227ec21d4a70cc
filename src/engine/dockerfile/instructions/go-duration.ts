import { goQuote } from '../../format/go-quote';

const UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3, // U+00B5
  μs: 1e-3, // U+03BC
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

export class DurationError extends Error {}

/**
 * Go `time.ParseDuration`, returning milliseconds: `1h30m`, `2.5s`, `-1m`, `0`.
 * Error texts are Go's (`time: invalid duration "x"`).
 */
export function parseGoDuration(text: string): number {
  const orig = text;
  let s = text;
  let negative = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new DurationError(`time: invalid duration ${goQuote(orig)}`);
  let total = 0;
  while (s !== '') {
    const num = /^([0-9]*)(\.([0-9]*))?/.exec(s)!;
    const whole = num[1]!;
    const frac = num[3] ?? '';
    if (whole === '' && frac === '')
      throw new DurationError(`time: invalid duration ${goQuote(orig)}`);
    s = s.slice(num[0].length);
    const unitMatch = /^[^0-9.]*/.exec(s)![0];
    if (unitMatch === '')
      throw new DurationError(`time: missing unit in duration ${goQuote(orig)}`);
    const scale = Object.hasOwn(UNITS, unitMatch) ? UNITS[unitMatch] : undefined;
    if (scale === undefined) {
      throw new DurationError(
        `time: unknown unit ${goQuote(unitMatch)} in duration ${goQuote(orig)}`,
      );
    }
    s = s.slice(unitMatch.length);
    total += Number(`${whole || '0'}.${frac || '0'}`) * scale;
  }
  // Go rejects anything above 2^63-1 nanoseconds.
  if (total > 9_223_372_036_854.775)
    throw new DurationError(`time: invalid duration ${goQuote(orig)}`);
  return negative ? -total : total;
}
