/**
 * Go string helpers the BuildKit parser relies on, ported so whitespace means exactly
 * what it means there: `unicode.IsSpace` (which includes NEL and NBSP but not the BOM,
 * unlike JavaScript's `\s`) and the ASCII class `[\t\v\f\r ]` of `reWhitespace`.
 */

/** Go `unicode.IsSpace` for one UTF-16 code unit (every Unicode space is in the BMP). */
export function isGoSpace(code: number): boolean {
  if (code <= 0xff) {
    return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0x85 || code === 0xa0;
  }
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** BuildKit's `reWhitespace` class `[\t\v\f\r ]` (no newline). */
export function isAsciiBlank(code: number): boolean {
  return code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x20;
}

/** Go `strings.TrimLeftFunc(s, unicode.IsSpace)`. */
export function trimLeftGoSpace(text: string): string {
  let i = 0;
  while (i < text.length && isGoSpace(text.charCodeAt(i))) i++;
  return i === 0 ? text : text.slice(i);
}

/** Go `strings.TrimSpace`. */
export function trimGoSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Go `bytes.TrimRight(s, "\r\n")`: every trailing CR and LF. */
export function trimNewline(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 0x0a && c !== 0x0d) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Go `regexp.MustCompile("[\t\v\f\r ]+").Split(s, -1)` for a non-empty `s`. */
export function splitAsciiBlank(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (isAsciiBlank(text.charCodeAt(i))) {
      out.push(text.slice(start, i));
      while (i < text.length && isAsciiBlank(text.charCodeAt(i))) i++;
      start = i;
    } else {
      i++;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Go `reWhitespace.Split(s, 2)`: the text before the first blank run, and the rest. */
export function splitAsciiBlankOnce(text: string): [string] | [string, string] {
  for (let i = 0; i < text.length; i++) {
    if (isAsciiBlank(text.charCodeAt(i))) {
      let j = i;
      while (j < text.length && isAsciiBlank(text.charCodeAt(j))) j++;
      return [text.slice(0, i), text.slice(j)];
    }
  }
  return [text];
}
