import { GlobMatcher, type GlobToken } from './glob-match';

/**
 * Shell patterns for `${VAR#pat}`, `%`, `/` (BuildKit `convertShellPatternToRegex`):
 * `*` is any string, `?` one character, no bracket expressions, `\*` `\?` `\\` are
 * literal, and `\}` `\/` protect the `${}` delimiters.
 */

/** Thrown inside this module; the lexer turns it into an InvalidPatternError. */
export class PatternEscapeError extends Error {}

// Go prints `%c` of scanner.EOF (-1) as the replacement character.
const GO_EOF_CHAR = '\uFFFD';

export function compilePattern(pattern: string): GlobToken[] {
  const chars = Array.from(pattern);
  const tokens: GlobToken[] = [];
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i]!;
    if (tok === '*') tokens.push({ kind: 'star' });
    else if (tok === '?') tokens.push({ kind: 'any' });
    else if (tok === '\\') {
      const next = chars[i + 1];
      // The backslash before } or / is not part of the pattern; the character is.
      if (next === '}' || next === '/') continue;
      i++;
      if (next !== '*' && next !== '?' && next !== '\\') {
        throw new PatternEscapeError(`invalid escape '\\${next ?? GO_EOF_CHAR}'`);
      }
      tokens.push({ kind: 'lit', ch: next });
    } else tokens.push({ kind: 'lit', ch: tok });
  }
  return tokens;
}

/** Reverse a pattern but keep each `\x` escape pair in order (`a\*c` → `c\*a`). */
export function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    if (chars[i] === '\\' && i !== chars.length - 1) {
      out.push(chars[i]! + chars[i + 1]!);
      i += 2;
    } else {
      out.push(chars[i]!);
      i++;
    }
  }
  return out.reverse().join('');
}

export function reverseString(text: string): string {
  return Array.from(text).reverse().join('');
}

/** `${VAR#pat}` (`##` when greedy): drop the shortest (longest) matching prefix. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const chars = Array.from(value);
  const end = new GlobMatcher(compilePattern(pattern), chars, greedy).matchAt(0);
  return end >= 0 ? chars.slice(end).join('') : value;
}

/**
 * `${VAR%pat}` / `%%`: regexes cannot find the shortest rightmost match, so BuildKit
 * reverses both the value and the pattern and trims a prefix instead.
 */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

/** `${VAR/pat/repl}`: first match only, replacement taken literally (Go slices the string). */
export function replaceFirst(pattern: string, value: string, replacement: string): string {
  const chars = Array.from(value);
  const m = new GlobMatcher(compilePattern(pattern), chars, true).find(0);
  if (!m) return value;
  return chars.slice(0, m[0]).join('') + replacement + chars.slice(m[1]).join('');
}

/**
 * `${VAR//pat/repl}`: Go's `Regexp.ReplaceAllString`, including its two quirks:
 * an empty match right after a previous match is not replaced, and `$name` in the
 * replacement is a group reference (`$0` is the match, `$$` a dollar sign).
 */
export function replaceAll(pattern: string, value: string, replacement: string): string {
  const chars = Array.from(value);
  const matcher = new GlobMatcher(compilePattern(pattern), chars, true);
  let out = '';
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= chars.length) {
    const m = matcher.find(searchPos);
    if (!m) break;
    const [start, end] = m;
    out += chars.slice(lastMatchEnd, start).join('');
    if (end > lastMatchEnd || start === 0) {
      out += expandGoTemplate(replacement, chars.slice(start, end).join(''));
    }
    lastMatchEnd = end;
    searchPos = searchPos + 1 > end ? searchPos + 1 : end;
  }
  return out + chars.slice(lastMatchEnd).join('');
}

/** Go `Regexp.Expand` for a regex whose only group is the whole match. */
function expandGoTemplate(template: string, match: string): string {
  if (!template.includes('$')) return template;
  return template.replace(
    /\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g,
    (all: string, braced?: string, bare?: string) => {
      if (all === '$$') return '$';
      const name = braced ?? bare ?? '';
      return /^\d+$/.test(name) && Number(name) === 0 ? match : '';
    },
  );
}
