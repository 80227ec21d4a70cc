import { isGoSpace } from '../text/go-strings';

/** Go's unicode predicates, which JavaScript's `\s` and `\w` do not match exactly. */

/** Go `unicode.IsSpace` for one character (shared with the parser's implementation). */
export function isGoSpaceChar(ch: string): boolean {
  return ch.length === 1 && isGoSpace(ch.charCodeAt(0));
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
