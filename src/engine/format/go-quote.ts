/**
 * An exact port of Go's `strconv.Quote` and of `fmt`'s `%q` on a `[]string`.
 * BuildKit prints parse dumps, flag lists and many error texts this way, so the
 * simulator must escape byte for byte like Go: JSON.stringify differs on control
 * characters (`\x00` vs `\u0000`), on `\a`/`\v`, and on non-printable Unicode.
 */

// Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
};

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** One code point as Go's appendEscapedRune writes it inside double quotes. */
function escapeRune(cp: number, ch: string, quote = 0x22): string {
  if (cp === quote) return quote === 0x22 ? '\\"' : "\\'";
  if (cp === 0x5c) return '\\\\';
  if (cp === 0x20 || (cp > 0x20 && cp < 0x7f)) return ch;
  if (cp >= 0xa0 && PRINTABLE.test(ch)) return ch;
  const short = SHORT_ESCAPES[cp];
  if (short !== undefined) return short;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp >= 0xd800 && cp <= 0xdfff) {
    // A lone surrogate cannot come from valid UTF-8. Go would see the three bytes of its
    // WTF-8 encoding as invalid UTF-8 and print each one as \xNN.
    return (
      '\\x' +
      hex(0xe0 | (cp >> 12), 2) +
      '\\x' +
      hex(0x80 | ((cp >> 6) & 0x3f), 2) +
      '\\x' +
      hex(0x80 | (cp & 0x3f), 2)
    );
  }
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** Go `strconv.Quote(s)`. Linear in the length of `s`. */
export function goQuote(text: string): string {
  const parts: string[] = ['"'];
  let plainStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast path: printable ASCII other than `"` and `\` is copied in runs.
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) continue;
    if (i > plainStart) parts.push(text.slice(plainStart, i));
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    parts.push(escapeRune(cp, text.slice(i, i + width)));
    i += width - 1;
    plainStart = i + 1;
  }
  if (plainStart < text.length) parts.push(text.slice(plainStart));
  parts.push('"');
  return parts.join('');
}

/** Go `fmt.Sprintf("%q", []string{...})`: `["a" "b"]`, no commas. */
export function goQuoteSlice(values: readonly string[]): string {
  return '[' + values.map(goQuote).join(' ') + ']';
}

/** Go `%q` on a single rune, e.g. `'x'` (pflag's unknown-shorthand error uses it). */
export function goQuoteRune(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return "'" + escapeRune(cp, ch, 0x27) + "'";
}
