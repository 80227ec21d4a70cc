/** Go's unicode predicates, which JavaScript's `\s` and `\w` do not match exactly. */

export function isGoSpace(ch: string): boolean {
  switch (ch) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case '\u0085':
    case '\u00a0':
      return true;
  }
  return ch > '\u00ff' && /\p{White_Space}/u.test(ch);
}

export function isGoLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\x7f' && /\p{L}/u.test(ch));
}

export function isGoDigit(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch > '\x7f' && /\p{Nd}/u.test(ch));
}

/** POSIX special parameters (`$@`, `$*`, `$#`, `$?`, `$-`, `$$`, `$!`, `$0`). */
export function isSpecialParam(ch: string): boolean {
  return '@*#?-$!0'.includes(ch) && ch.length === 1;
}
