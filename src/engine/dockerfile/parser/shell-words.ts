import { isGoSpace } from '../text/go-strings';

export interface ShellWordsOptions {
  /** Keep quote characters in the words (BuildKit `RawQuotes`). */
  readonly rawQuotes: boolean;
  /** Keep escape characters in the words (BuildKit `RawEscapes`). */
  readonly rawEscapes: boolean;
}

/** Failure of the shell-word lexer; the text is BuildKit's shell lexer message. */
export class ShellWordsError extends Error {}

/**
 * The word splitting of BuildKit's shell lexer (`ProcessWords`) with an empty
 * environment and `SkipUnsetEnv`, as the parser uses it to find heredocs. The escape
 * character is always `\` here, whatever the `# escape=` directive says (as in BuildKit).
 *
 * uncertain: `$` expressions are kept literally; BuildKit re-splits the text of an unset
 * `${VAR:-a b}` on blanks, which only matters for heredoc markers inside such words.
 */
export function shellWords(src: string, opts: ShellWordsOptions): string[] {
  const words: string[] = [];
  let word: string[] = [];
  let wordLen = 0;
  let inWord = false;
  const addRaw = (text: string) => {
    word.push(text);
    wordLen += text.length;
    inWord = true;
  };
  const addChar = (ch: string, code: number) => {
    if (isGoSpace(code)) {
      if (inWord && wordLen > 0) {
        words.push(word.join(''));
        word = [];
        wordLen = 0;
        inWord = false;
      }
    } else addRaw(ch);
  };
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 0x27) {
      // single quotes: everything up to the next ' is literal
      const close = src.indexOf("'", i + 1);
      if (close < 0) {
        throw new ShellWordsError(
          'unexpected end of statement while looking for matching single-quote',
        );
      }
      addRaw(opts.rawQuotes ? src.slice(i, close + 1) : src.slice(i + 1, close));
      i = close + 1;
    } else if (c === 0x22) {
      i = doubleQuoted(src, i, opts, addRaw);
    } else if (c === 0x5c) {
      if (opts.rawEscapes) addRaw('\\');
      i++;
      if (i >= n) break; // an escape at the very end is dropped
      const w = charWidth(src, i);
      addRaw(src.slice(i, i + w)); // escaped: joins the word even if it is a blank
      i += w;
    } else {
      const w = charWidth(src, i);
      addChar(src.slice(i, i + w), c);
      i += w;
    }
  }
  if (wordLen > 0) words.push(word.join(''));
  return words;
}

function charWidth(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
    const low = src.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/** Reads a "…" string starting at `start`; returns the index after the closing quote. */
function doubleQuoted(
  src: string,
  start: number,
  opts: ShellWordsOptions,
  addRaw: (text: string) => void,
): number {
  const out: string[] = [];
  if (opts.rawQuotes) out.push('"');
  let i = start + 1;
  let runStart = i;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 0x22) {
      out.push(src.slice(runStart, i));
      if (opts.rawQuotes) out.push('"');
      addRaw(out.join(''));
      return i + 1;
    }
    if (c === 0x5c) {
      out.push(src.slice(runStart, i));
      const next = src.charCodeAt(i + 1);
      if (i + 1 >= src.length) {
        if (opts.rawEscapes) out.push('\\');
        i++;
        runStart = i;
        continue;
      }
      if (next === 0x22 || next === 0x24 || next === 0x5c) {
        // \" \$ \\ are escapes inside double quotes
        if (opts.rawEscapes) out.push('\\');
        out.push(src[i + 1]!);
      } else {
        out.push('\\', src[i + 1]!); // any other backslash stays as written
      }
      i += 2;
      runStart = i;
      continue;
    }
    i++;
  }
  throw new ShellWordsError('unexpected end of statement while looking for matching double-quote');
}
