import { isGoDigit, isGoLetter, isSpecialParam } from './chars';
import { toEnvMap, type EnvSource } from './env';
import {
  ExpansionSyntaxError,
  InvalidPatternError,
  RequiredVariableError,
  UnsupportedModifierError,
  type ExpansionError,
} from './errors';
import { PatternEscapeError, replaceAll, replaceFirst, trimPrefix, trimSuffix } from './pattern';
import { WordCollector } from './words';

/**
 * A port of BuildKit's shell-word processing (frontend/dockerfile/shell/lex.go): quotes,
 * the escape token, `$VAR`, `${VAR}` and the modifiers BuildKit implements. No command
 * substitution, no arithmetic, no globbing: BuildKit does none of that either.
 */
export interface LexOptions {
  /** `\` by default; `` ` `` after `# escape=``. */
  readonly escapeToken?: '\\' | '`';
  /** Keep the quote characters in the result (used for RUN display names). */
  readonly rawQuotes?: boolean;
  /** Keep escape tokens in the result. */
  readonly rawEscapes?: boolean;
  /** Treat quotes as ordinary characters (heredoc bodies). */
  readonly skipProcessQuotes?: boolean;
  /** Leave `$UNSET` / `${UNSET…}` as written instead of expanding to empty. */
  readonly skipUnsetEnv?: boolean;
}

export interface ProcessResult {
  /** The expanded word, whitespace kept. */
  readonly result: string;
  /** The expanded word split into words (ProcessWords). */
  readonly words: readonly string[];
  /** Variable names that were looked up and found. */
  readonly matched: ReadonlySet<string>;
  /** Variable names that were looked up and not defined: what UndefinedVar reports. */
  readonly unmatched: ReadonlySet<string>;
}

// The Go scanner returns EOF (-1); `string(rune(-1))` prints as U+FFFD in messages.
const EOF = undefined;
const GO_EOF_CHAR = '\uFFFD';

/** An inner failure; `process` wraps it with the whole word, as BuildKit does. */
type Inner = (word: string) => ExpansionError;
class InnerFailure {
  constructor(readonly make: Inner) {}
}
const syntax = (text: string) => new InnerFailure((w) => new ExpansionSyntaxError(w, text));

const NO_MATCHES: ReadonlySet<string> = new Set();

export function processWord(word: string, env: EnvSource, options: LexOptions = {}): ProcessResult {
  // Most words (paths, ports, names) contain nothing the lexer acts on: they expand to
  // themselves. Skipping the scanner for them keeps 10,000-line Dockerfiles fast.
  if (!hasSpecial(word, options.escapeToken ?? '\\')) {
    const words = new WordCollector();
    words.addString(word);
    return { result: word, words: words.finish(), matched: NO_MATCHES, unmatched: NO_MATCHES };
  }
  return new ShellWord(word, toEnvMap(env), options).run();
}

function hasSpecial(word: string, escape: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '$' || c === "'" || c === '"' || c === escape) return true;
  }
  return false;
}

export function processWords(word: string, env: EnvSource, options: LexOptions = {}): string[] {
  return [...processWord(word, env, options).words];
}

class ShellWord {
  private readonly chars: string[];
  private pos = 0;
  private rawEscapes: boolean;
  private readonly escape: string;
  private readonly matched = new Set<string>();
  private readonly unmatched = new Set<string>();

  constructor(
    private readonly source: string,
    private readonly env: ReadonlyMap<string, string>,
    private readonly opts: LexOptions,
  ) {
    this.chars = Array.from(source);
    this.rawEscapes = opts.rawEscapes ?? false;
    this.escape = opts.escapeToken ?? '\\';
  }

  run(): ProcessResult {
    try {
      const [result, words] = this.processStopOn(EOF, this.rawEscapes);
      return { result, words, matched: this.matched, unmatched: this.unmatched };
    } catch (e) {
      if (e instanceof InnerFailure) throw e.make(this.source);
      throw e;
    }
  }

  private peek(): string | undefined {
    return this.chars[this.pos];
  }

  private next(): string | undefined {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }

  private processStopOn(stop: string | undefined, rawEscapes: boolean): [string, string[]] {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.scanUntil(stop);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private scanUntil(stop: string | undefined): [string, string[]] {
    let result = '';
    const words = new WordCollector();
    const quotes = !this.opts.skipProcessQuotes;
    while (this.peek() !== EOF) {
      const ch = this.peek()!;
      if (stop !== EOF && ch === stop) {
        this.next();
        return [result, words.finish()];
      }
      if (ch === '$') {
        const value = this.processDollar();
        result += value;
        words.addString(value);
      } else if (quotes && (ch === "'" || ch === '"')) {
        const value = ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
        result += value;
        words.addRawString(value);
      } else {
        let c = this.next()!;
        if (c === this.escape) {
          if (this.rawEscapes) {
            words.addRawChar(c);
            result += c;
          }
          // The escape token escapes the next character; at the end of the word it vanishes.
          const escaped = this.next();
          if (escaped === EOF) break;
          c = escaped;
          words.addRawChar(c);
        } else {
          words.addChar(c);
        }
        result += c;
      }
    }
    if (stop !== EOF) {
      throw syntax(`unexpected end of statement while looking for matching ${stop}`);
    }
    return [result, words.finish()];
  }

  private processSingleQuote(): string {
    // Everything up to the next ' is literal; a ' cannot be escaped inside.
    let result = '';
    const open = this.next()!;
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const ch = this.next();
      if (ch === EOF) {
        throw syntax('unexpected end of statement while looking for matching single-quote');
      }
      if (ch === "'") return this.opts.rawQuotes ? result + ch : result;
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    // Literal except $ and the escape token, which escapes only " $ and itself.
    let result = '';
    const open = this.next()!;
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const peeked = this.peek();
      if (peeked === EOF) {
        throw syntax('unexpected end of statement while looking for matching double-quote');
      }
      if (peeked === '"') {
        const close = this.next()!;
        return this.opts.rawQuotes ? result + close : result;
      }
      if (peeked === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next()!;
      if (ch === this.escape) {
        if (this.rawEscapes) result += ch;
        const after = this.peek();
        if (after === EOF) continue;
        if (after === '"' || after === '$' || after === this.escape) ch = this.next()!;
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next(); // the $
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }
    this.next(); // the {
    const first = this.peek();
    if (first === EOF) throw syntax("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':')
      throw syntax('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let modifier = ch ?? GO_EOF_CHAR;
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return '${' + name + '}';
      return value ?? '';
    }
    if (ch === '/') return this.processReplace(name);
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      modifier += ch ?? GO_EOF_CHAR;
    } else if (ch !== '+' && ch !== '-' && ch !== '?' && ch !== '#' && ch !== '%') {
      throw new InnerFailure((w) => new UnsupportedModifierError(w, modifier));
    }
    return this.processModifier(name, ch, modifier, nullIsUnset);
  }

  private processModifier(
    name: string,
    ch: string | undefined,
    modifier: string,
    nullIsUnset: boolean,
  ): string {
    let word = this.stopOnBrace(ch === '#' || ch === '%');
    const value = this.getEnv(name);
    if (this.opts.skipUnsetEnv && value === undefined) return '${' + name + modifier + word + '}';
    const unset = value === undefined || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return unset ? word : value!;
      case '+':
        return unset ? '' : word;
      case '?':
        if (value === undefined || (nullIsUnset && value === '')) {
          const fallback =
            value === undefined ? 'is not allowed to be unset' : 'is not allowed to be empty';
          const message = word !== '' ? word : fallback;
          throw new InnerFailure((w) => new RequiredVariableError(w, name, message));
        }
        return value;
      case '#':
      case '%': {
        // One # or % is the shortest match, a doubled one the longest.
        const greedy = word.startsWith(ch);
        if (greedy) word = word.slice(1);
        return this.withPattern(word, () =>
          ch === '%'
            ? trimSuffix(word, value ?? '', greedy)
            : trimPrefix(word, value ?? '', greedy),
        );
      }
      default:
        throw new InnerFailure((w) => new UnsupportedModifierError(w, modifier));
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    let pattern: string;
    try {
      pattern = this.processStopOn('/', true)[0];
    } catch (e) {
      if (e instanceof InnerFailure && this.peek() === EOF) {
        throw syntax("syntax error: missing '/' in ${}");
      }
      throw e;
    }
    const replacement = this.stopOnBrace(true);
    const value = this.getEnv(name);
    if (this.opts.skipUnsetEnv && value === undefined) {
      return '${' + name + '/' + pattern + '/' + replacement + '}';
    }
    return this.withPattern(pattern, () =>
      all
        ? replaceAll(pattern, value ?? '', replacement)
        : replaceFirst(pattern, value ?? '', replacement),
    );
  }

  /** Read up to the closing `}`; at the end of input BuildKit reports the missing brace. */
  private stopOnBrace(rawEscapes: boolean): string {
    try {
      return this.processStopOn('}', rawEscapes)[0];
    } catch (e) {
      if (e instanceof InnerFailure && this.peek() === EOF)
        throw syntax("syntax error: missing '}'");
      throw e;
    }
  }

  private withPattern(pattern: string, fn: () => string): string {
    try {
      return fn();
    } catch (e) {
      if (e instanceof PatternEscapeError) {
        throw new InnerFailure((w) => new InvalidPatternError(w, pattern, e.message));
      }
      throw e;
    }
  }

  private processName(): string {
    // A name is letters, digits and _; a leading digit reads digits only ($10),
    // and a special parameter ($@, $#…) is one character.
    let name = '';
    for (let ch = this.peek(); ch !== EOF; ch = this.peek()) {
      if (name === '' && isGoDigit(ch)) {
        while (this.peek() !== EOF && isGoDigit(this.peek()!)) name += this.next();
        return name;
      }
      if (name === '' && isSpecialParam(ch)) return this.next()!;
      if (!isGoLetter(ch) && !isGoDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }

  private getEnv(name: string): string | undefined {
    // Linux: keys compare exactly (Windows would fold case; the simulator is Linux-only).
    const value = this.env.get(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }
}
