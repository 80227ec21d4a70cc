import { EngineError } from '../errors/engine-error';
import { BadPatternError, validatePattern } from './glob';
import { normalize } from './posix-path';

/**
 * .dockerignore, as moby/patternmatcher (`ignorefile.ReadAll` + `PatternMatcher`) and the
 * fsutil walker BuildKit uses: the same parsing, the same regex translation, the same
 * "last matching rule wins" loop, and the same parent-directory propagation.
 */
export class DockerignoreError extends EngineError {
  readonly code = 'DOCKERIGNORE_PATTERN';
  constructor(message: string, pattern: string) {
    super(message, {
      hint: `Fix the .dockerignore pattern ${JSON.stringify(pattern)}: a lone "!" or an unclosed "[" is not a pattern.`,
      data: { pattern },
    });
  }
}

/**
 * ignorefile.ReadAll: a UTF-8 BOM is dropped; a line is a comment only if `#` is its FIRST
 * character (before trimming, so ` # x` is a pattern); lines are trimmed; blank lines skipped;
 * then `filepath.Clean` and one leading `/` removed (`!` kept in front).
 */
export function parseDockerignore(text: string): string[] {
  const out: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const line of lines) {
    if (line.startsWith('#')) continue;
    let pattern = line.trim();
    if (pattern === '') continue;
    const invert = pattern[0] === '!';
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = normalize(pattern);
      if (pattern.length > 1 && pattern[0] === '/') pattern = pattern.slice(1);
    }
    out.push(invert ? '!' + pattern : pattern);
  }
  return out;
}

// Characters patternmatcher escapes: regex-special but not filepath.Match-special.
const ESCAPE = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

export interface Pattern {
  readonly cleaned: string;
  readonly exclusion: boolean;
  readonly dirs: readonly string[];
  readonly type: MatchType;
  readonly regexp?: RegExp;
}

function compile(cleaned: string): { type: MatchType; regexp?: RegExp } {
  let reg = '^';
  let type: MatchType = 'exact';
  const chars = [...cleaned];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        const first = i === 0; // Go: a ** as the very first token makes a suffix match
        i++;
        if (chars[i + 1] === '/') i++; // treat **/ as **
        if (i + 1 >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            reg += '.*';
            type = 'regexp';
          }
        } else {
          reg += '(.*/)?'; // any number of directories, even none
          type = 'regexp';
        }
        if (first) type = 'suffix';
      } else {
        reg += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      reg += '[^/]';
      type = 'regexp';
    } else if (ESCAPE.has(ch)) {
      reg += '\\' + ch;
    } else if (ch === '\\') {
      if (i + 1 < chars.length) {
        reg += '\\' + chars[++i];
        type = 'regexp';
      } else reg += '\\\\';
    } else if (ch === '[' || ch === ']') {
      reg += ch;
      type = 'regexp';
    } else reg += ch;
  }
  if (type !== 'regexp') return { type };
  try {
    return { type, regexp: new RegExp(reg + '$') };
  } catch {
    return { type }; // Go would fail to compile too; match() then reports a bad pattern
  }
}

function matchPattern(p: Pattern, path: string): boolean {
  switch (p.type) {
    case 'exact':
      return path === p.cleaned;
    case 'prefix':
      return path.startsWith(p.cleaned.slice(0, -2));
    case 'suffix': {
      const suffix = p.cleaned.slice(2);
      if (path.endsWith(suffix)) return true;
      return suffix[0] === '/' && path === suffix.slice(1); // **/foo matches foo
    }
    case 'regexp':
      if (!p.regexp) throw new DockerignoreError('syntax error in pattern', p.cleaned);
      return p.regexp.test(path);
  }
}

/** Per-pattern results for a directory, handed to its children (patternmatcher.MatchInfo). */
export type MatchInfo = readonly boolean[] | undefined;

export class PatternMatcher {
  readonly patterns: readonly Pattern[];
  readonly exclusions: boolean;

  constructor(patterns: readonly string[]) {
    const out: Pattern[] = [];
    let exclusions = false;
    for (const raw of patterns) {
      let p = raw.trim();
      if (p === '') continue;
      p = normalize(p);
      let exclusion = false;
      if (p[0] === '!') {
        if (p.length === 1) throw new DockerignoreError('illegal exclusion pattern: "!"', raw);
        exclusion = true;
        exclusions = true;
        p = p.slice(1);
      }
      try {
        validatePattern(p);
      } catch (e) {
        if (e instanceof BadPatternError) throw new DockerignoreError(e.message, raw);
        throw e;
      }
      out.push({ cleaned: p, exclusion, dirs: p.split('/'), ...compile(p) });
    }
    this.patterns = out;
    this.exclusions = exclusions;
  }

  /**
   * MatchesUsingParentResults: a pattern that matched the parent directory matches the child.
   * Pass `undefined` for a path whose parents were not walked (then parents are checked here).
   */
  matchWithParent(path: string, parent: MatchInfo): { matched: boolean; info: boolean[] } {
    let matched = false;
    const info = new Array<boolean>(this.patterns.length).fill(false);
    this.patterns.forEach((pattern, i) => {
      let match = parent ? parent[i] === true : false;
      if (!match) {
        if (pattern.exclusion !== matched) return;
        match = matchPattern(pattern, path);
        if (!match && !parent) {
          const dirs = path.split('/').slice(0, -1);
          for (let j = 1; j <= dirs.length && !match; j++) {
            match = matchPattern(pattern, dirs.slice(0, j).join('/'));
          }
        }
      }
      info[i] = match;
      if (match) matched = !pattern.exclusion;
    });
    return { matched, info };
  }

  /** The walker's answer for one context-relative path: walk its ancestors first, as fsutil does. */
  matches(path: string): boolean {
    const parts = normalize(path).split('/');
    let info: MatchInfo;
    let matched = false;
    for (let i = 1; i <= parts.length; i++) {
      const r = this.matchWithParent(parts.slice(0, i).join('/'), info);
      info = r.info;
      matched = r.matched;
    }
    return matched;
  }
}
