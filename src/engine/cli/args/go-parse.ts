/**
 * Go's strconv.ParseBool, strconv.ParseInt(s, 0, 64) and time.ParseDuration, with their exact
 * error texts (pflag appends them to `invalid argument "<v>" for "<flag>" flag: `).
 * Each returns `{ value }` or `{ error }`; none throws.
 */
import { goQuote } from '../../format/go-quote';
import { encodeUtf8 } from '../../util/utf8';

export type Parsed<T> = { readonly value: T } | { readonly error: string };

export function parseGoBool(s: string): Parsed<boolean> {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return { value: true };
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return { value: false };
  return { error: `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` };
}

const MAX_INT64 = (1n << 63n) - 1n;

/** strconv's underscoreOK: `_` only between digits or right after a base prefix. */
function underscoreOk(s: string): boolean {
  let saw = '^';
  let i = 0;
  const p = s.slice(0, 2).toLowerCase();
  const hex = p === '0x';
  if (p === '0x' || p === '0o' || p === '0b') {
    i = 2;
    saw = '0';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

export function parseGoInt(s: string): Parsed<number> {
  const syntax = { error: `strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax` };
  let body = s;
  let neg = false;
  if (body[0] === '+' || body[0] === '-') {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  if (body.includes('_')) {
    if (!underscoreOk(body)) return syntax;
    body = body.replace(/_/g, '');
  }
  let base = 10;
  let digits = body;
  const p = body.slice(0, 2).toLowerCase();
  if (p === '0x' || p === '0o' || p === '0b') {
    base = p === '0x' ? 16 : p === '0o' ? 8 : 2;
    digits = body.slice(2);
  } else if (body.length > 1 && body[0] === '0') {
    base = 8;
    digits = body.slice(1);
  }
  const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base]!;
  if (!valid.test(digits)) return syntax;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  const big = BigInt(prefix + digits);
  if (neg ? big > MAX_INT64 + 1n : big > MAX_INT64) {
    return { error: `strconv.ParseInt: parsing ${goQuote(s)}: value out of range` };
  }
  return { value: Number(neg ? -big : big) };
}

/** Go's time.quote: ASCII kept, everything else as \x bytes of its UTF-8. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of encodeUtf8(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** time.ParseDuration; the value is in milliseconds. */
export function parseGoDuration(orig: string): Parsed<number> {
  const invalid = { error: `time: invalid duration ${timeQuote(orig)}` };
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { value: 0 };
  if (s === '') return invalid;
  let totalNs = 0;
  const re = /^([0-9]*)(?:\.([0-9]*))?/;
  while (s !== '') {
    if (!(s[0] === '.' || (s[0]! >= '0' && s[0]! <= '9'))) return invalid;
    const m = re.exec(s)!;
    const pre = m[1]!;
    const post = m[2];
    if (pre === '' && !post) return invalid;
    s = s.slice(m[0].length);
    let i = 0;
    while (i < s.length && !(s[i] === '.' || (s[i]! >= '0' && s[i]! <= '9'))) i++;
    if (i === 0) return { error: `time: missing unit in duration ${timeQuote(orig)}` };
    const unit = s.slice(0, i);
    s = s.slice(i);
    const scale = UNIT_NS[unit];
    if (scale === undefined) {
      return { error: `time: unknown unit ${timeQuote(unit)} in duration ${timeQuote(orig)}` };
    }
    totalNs += Number(`${pre || '0'}.${post || '0'}`) * scale;
    if (totalNs > 9.223372036854776e18) return invalid; // > max int64 nanoseconds
  }
  const ms = totalNs / 1e6;
  return { value: neg ? -ms : ms };
}

/** Go's Duration.String() for a value in milliseconds: `30s`, `1m30s`, `1h0m0s`, `500ms`. */
export function formatGoDuration(ms: number): string {
  const neg = ms < 0;
  const ns = Math.round(Math.abs(ms) * 1e6);
  const sign = neg ? '-' : '';
  if (ns === 0) return '0s';
  const frac = (v: number, digits: number): string => {
    const whole = Math.floor(v / 10 ** digits);
    const rest = String(v % 10 ** digits)
      .padStart(digits, '0')
      .replace(/0+$/, '');
    return rest ? `${whole}.${rest}` : String(whole);
  };
  if (ns < 1e3) return `${sign}${ns}ns`;
  if (ns < 1e6) return `${sign}${frac(ns, 3)}µs`;
  if (ns < 1e9) return `${sign}${frac(ns, 6)}ms`;
  const totalSec = Math.floor(ns / 1e9);
  const secText = `${frac((totalSec % 60) * 1e9 + (ns % 1e9), 9)}s`;
  const minutes = Math.floor(totalSec / 60) % 60;
  const hours = Math.floor(totalSec / 3600);
  if (hours > 0) return `${sign}${hours}h${minutes}m${secText}`;
  if (minutes > 0) return `${sign}${minutes}m${secText}`;
  return `${sign}${secText}`;
}
