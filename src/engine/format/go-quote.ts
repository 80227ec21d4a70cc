/**
 * Go's `strconv.Quote` (`%q` on a string) and `%q` on a rune. Docker prints user input this way
 * in flag errors (`invalid argument "x" for "--rm" flag`), in `docker ps` COMMAND cells and in
 * BuildKit's `process "…" did not complete` message.
 */

// Go's IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeRune(ch: string, quote: '"' | "'"): string {
  const cp = ch.codePointAt(0)!;
  if (ch === quote || ch === '\\') return `\\${ch}`;
  if (PRINTABLE.test(ch)) return ch;
  switch (ch) {
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\v':
      return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  // Lone surrogates cannot be UTF-8; Go would see U+FFFD.
  if (cp >= 0xd800 && cp <= 0xdfff) return '\ufffd';
  if (cp < 0x10000) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

/** `strconv.Quote(s)`. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch, '"');
  return `${out}"`;
}

/** `%q` applied to a single rune, e.g. `'x'`. */
export function goQuoteRune(ch: string): string {
  return `'${escapeRune(ch, "'")}'`;
}
