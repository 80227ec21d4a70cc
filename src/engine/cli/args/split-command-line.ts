/**
 * Splits a typed command line into words the way bash does before running a command:
 * quotes, backslash escapes, `\`-newline continuation, `$VAR` / `${VAR}` / `${VAR:-word}`
 * expansion from the given environment (with word splitting when unquoted), `~` → $HOME,
 * `#` comments. Unquoted operators (`|`, `&&`, `;`, `>`, `2>`, newline…) come out as separate
 * tokens so the host shell can build pipelines; heredocs are the host shell's business.
 *
 * Linear in the input and never throws: an unterminated quote is a ShellSyntaxError.
 * uncertain: `$(…)` and backticks are kept literally (there is no subshell to run them).
 */
import { ShellSyntaxError } from './errors';

export interface ShellToken {
  readonly text: string;
  /** True for an unquoted operator such as `|`, `&&`, `;`, `>`, `2>` or a newline. */
  readonly operator: boolean;
}

const OPERATORS = ['&&', '||', '>>', '>&', '<&', '<<', '|', '&', ';', '<', '>', '(', ')', '\n'];
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const ANSI: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

function eof(match: string): ShellSyntaxError {
  // bash -c prints `bash: -c: line 1: unexpected EOF while looking for matching `"'`;
  // the host shell adds its own prefix. Exit status 2 is bash's for syntax errors.
  return new ShellSyntaxError(`unexpected EOF while looking for matching \`${match}'`, {
    hint: `A ${match === "'" || match === '"' ? 'quote' : `\`${match}\``} was opened but never closed. Add the closing ${match} or remove the opening one.`,
    exitCode: 2,
    data: { match },
  });
}

export function tokenizeCommandLine(
  line: string,
  env: Readonly<Record<string, string>> = {},
): ShellToken[] | ShellSyntaxError {
  const tokens: ShellToken[] = [];
  let word = '';
  let hasWord = false; // a word exists even if empty ('' or "")
  let i = 0;
  const n = line.length;

  const endWord = () => {
    if (hasWord) tokens.push({ text: word, operator: false });
    word = '';
    hasWord = false;
  };
  const addSplit = (value: string) => {
    // Unquoted expansion: IFS (space, tab, newline) word splitting.
    const parts = value.split(/[ \t\n]+/);
    parts.forEach((part, k) => {
      if (k > 0) endWord();
      if (part !== '') {
        word += part;
        hasWord = true;
      }
    });
  };

  // Reads an expansion starting at line[i] === '$'. Returns the value, or undefined when the
  // `$` is literal, or an error. Advances i.
  const expand = (): string | undefined | ShellSyntaxError => {
    const c = line[i + 1];
    if (c === '{') {
      const close = line.indexOf('}', i + 2);
      if (close < 0) return eof('}');
      const inner = line.slice(i + 2, close);
      i = close + 1;
      const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[0-9?$#@*!-])(?:(:?[-=+?])([\s\S]*))?$/.exec(inner);
      if (!m)
        return new ShellSyntaxError(`\${${inner}}: bad substitution`, {
          exitCode: 1,
          hint: 'Only simple ${NAME} and ${NAME:-default} forms are supported here.',
        });
      const value = env[m[2]!];
      if (m[1]) return String((value ?? '').length);
      const op = m[3];
      const unset = value === undefined || (op?.startsWith(':') === true && value === '');
      if (op?.endsWith('-') || op?.endsWith('=')) return unset ? m[4]! : value!;
      if (op?.endsWith('+')) return unset ? '' : m[4]!;
      return value ?? '';
    }
    if (c === '(') {
      let depth = 0;
      let j = i + 1;
      for (; j < n; j++) {
        if (line[j] === '(') depth++;
        else if (line[j] === ')' && --depth === 0) break;
      }
      if (j >= n) return eof(')');
      const text = line.slice(i, j + 1);
      i = j + 1;
      return text;
    }
    NAME.lastIndex = i + 1;
    const m = NAME.exec(line);
    if (m) {
      i += 1 + m[0].length;
      return env[m[0]] ?? '';
    }
    if (c !== undefined && /[0-9?$#@*!-]/.test(c)) {
      i += 2;
      return env[c] ?? '';
    }
    return undefined;
  };

  while (i < n) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '\\') {
      if (line[i + 1] === '\n') i += 2;
      else if (i + 1 >= n) {
        word += '\\'; // uncertain: a trailing backslash at EOF is kept literally
        hasWord = true;
        i++;
      } else {
        word += line[i + 1];
        hasWord = true;
        i += 2;
      }
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return eof("'");
      word += line.slice(i + 1, close);
      hasWord = true;
      i = close + 1;
    } else if (c === '"') {
      i++;
      hasWord = true;
      let closed = false;
      while (i < n) {
        const d = line[i]!;
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === '\\' && i + 1 < n && '$`"\\\n'.includes(line[i + 1]!)) {
          if (line[i + 1] !== '\n') word += line[i + 1];
          i += 2;
        } else if (d === '$') {
          const v = expand();
          if (v instanceof ShellSyntaxError) return v;
          if (v === undefined) {
            word += '$';
            i++;
          } else word += v;
        } else {
          word += d;
          i++;
        }
      }
      if (!closed) return eof('"');
    } else if (c === '$' && line[i + 1] === "'") {
      let j = i + 2;
      let out = '';
      for (; j < n && line[j] !== "'"; j++) {
        if (line[j] === '\\' && j + 1 < n) {
          const e = line[++j]!;
          out += ANSI[e] ?? `\\${e}`;
        } else out += line[j];
      }
      if (j >= n) return eof("'");
      word += out;
      hasWord = true;
      i = j + 1;
    } else if (c === '$') {
      const v = expand();
      if (v instanceof ShellSyntaxError) return v;
      if (v === undefined) {
        word += '$';
        hasWord = true;
        i++;
      } else addSplit(v);
    } else if (c === '`') {
      const close = line.indexOf('`', i + 1);
      if (close < 0) return eof('`');
      word += line.slice(i, close + 1);
      hasWord = true;
      i = close + 1;
    } else if (c === '#' && !hasWord) {
      const nl = line.indexOf('\n', i);
      i = nl < 0 ? n : nl;
    } else if (
      c === '~' &&
      !hasWord &&
      env.HOME !== undefined &&
      (i + 1 >= n || /[/ \t\n;|&]/.test(line[i + 1]!))
    ) {
      word += env.HOME;
      hasWord = true;
      i++;
    } else {
      const op = OPERATORS.find((o) => line.startsWith(o, i));
      if (op) {
        // `2>` / `2>>`: a digits-only unquoted word right before a redirection joins it.
        const io = (op[0] === '>' || op[0] === '<') && hasWord && /^[0-9]+$/.test(word) ? word : '';
        if (io) {
          word = '';
          hasWord = false;
        } else endWord();
        tokens.push({ text: io + op, operator: true });
        i += op.length;
      } else {
        word += c;
        hasWord = true;
        i++;
      }
    }
  }
  endWord();
  return tokens;
}

/** Just the words (operators included as plain strings), or the syntax error. */
export function splitCommandLine(
  line: string,
  env: Readonly<Record<string, string>> = {},
): string[] | ShellSyntaxError {
  const tokens = tokenizeCommandLine(line, env);
  return tokens instanceof ShellSyntaxError ? tokens : tokens.map((t) => t.text);
}
