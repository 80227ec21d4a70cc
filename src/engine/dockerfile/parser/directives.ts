/**
 * Parser directives (`# syntax=`, `# escape=`, `# check=`), ported from BuildKit's
 * `DirectiveParser`: only at the very top, on consecutive directive lines; the first line
 * that is not a recognised directive ends the search for good.
 */

export type EscapeToken = '\\' | '`';

const VALID_DIRECTIVES = new Set(['syntax', 'escape', 'check']);

export interface DirectiveMatch {
  readonly key: string;
  readonly value: string;
}

// Go's `\s` in RE2 is [\t\n\f\r ] (no \v).
function isReSpace(c: number): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}
function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, written by hand so a long line of
 * blanks cannot make a lazy regex backtrack quadratically.
 */
export function matchDirective(line: string): DirectiveMatch | null {
  if (line.charCodeAt(0) !== 0x23) return null; // '#'
  let i = 1;
  while (i < line.length && isReSpace(line.charCodeAt(i))) i++;
  const keyStart = i;
  if (i >= line.length || !isAlpha(line.charCodeAt(i))) return null;
  while (i < line.length && (isAlpha(line.charCodeAt(i)) || isDigit(line.charCodeAt(i)))) i++;
  const key = line.slice(keyStart, i);
  while (i < line.length && isReSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 0x3d) return null; // '='
  i++;
  while (i < line.length && isReSpace(line.charCodeAt(i))) i++;
  let end = line.length;
  while (end > i && isReSpace(line.charCodeAt(end - 1))) end--;
  if (end <= i) return null;
  const value = line.slice(i, end);
  if (value.includes('\n')) return null; // `.` does not match a newline
  return { key, value };
}

export class DirectiveError extends Error {}

/** The directive state of one parse. */
export class Directives {
  escapeToken: EscapeToken = '\\';
  done = false;
  readonly values = new Map<string, string>();

  /**
   * Feeds one (newline-trimmed) line. Returns true when the line was a directive.
   * Throws DirectiveError with BuildKit's text for a repeated directive or a bad escape.
   */
  consider(line: string): boolean {
    if (this.done) return false;
    const match = matchDirective(line);
    if (!match) {
      this.done = true;
      return false;
    }
    const key = match.key.toLowerCase();
    if (!VALID_DIRECTIVES.has(key)) {
      this.done = true;
      return false;
    }
    if (this.values.has(key)) {
      throw new DirectiveError(`only one ${key} parser directive can be used`);
    }
    this.values.set(key, match.value);
    if (key === 'escape') {
      if (match.value !== '`' && match.value !== '\\') {
        throw new DirectiveError(`invalid escape token '${match.value}' does not match \` or \\`);
      }
      this.escapeToken = match.value;
    }
    return true;
  }
}

/**
 * BuildKit's `DetectSyntax`: `# syntax=` after an optional `#!` line, else `// syntax=`,
 * else a JSON document's `"syntax"` key. Returns the value as written (image and options).
 */
export function detectSyntax(text: string): string | undefined {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.startsWith('#!')) {
    const nl = body.indexOf('\n');
    body = nl < 0 ? '' : body.slice(nl + 1);
  }
  for (const prefix of ['#', '//']) {
    const found = scanDirectives(body, prefix);
    if (found !== undefined) return found;
  }
  if (body.trimStart().startsWith('{')) {
    try {
      const doc: unknown = JSON.parse(body);
      if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        const value = (doc as Record<string, unknown>)['syntax'];
        if (typeof value === 'string') return value;
      }
    } catch {
      // not JSON: no syntax directive
    }
  }
  return undefined;
}

function scanDirectives(body: string, prefix: string): string | undefined {
  const seen = new Set<string>();
  let pos = 0;
  while (pos < body.length) {
    const nl = body.indexOf('\n', pos);
    const end = nl < 0 ? body.length : nl;
    let line = body.slice(pos, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    pos = end + 1;
    if (!line.startsWith(prefix)) return undefined;
    const match = matchDirective('#' + line.slice(prefix.length));
    if (!match) return undefined;
    const key = match.key.toLowerCase();
    if (!VALID_DIRECTIVES.has(key) || seen.has(key)) return undefined;
    seen.add(key);
    if (key === 'syntax') return match.value;
  }
  return undefined;
}
