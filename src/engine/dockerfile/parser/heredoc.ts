import type { Heredoc } from '../ast';
import { DockerfileParseError } from '../errors';
import { shellWords, ShellWordsError } from './shell-words';

/** A heredoc marker found on an instruction line, before its body is read. */
export type HeredocMarker = Omit<Heredoc, 'content'>;

// `^(\d*)<<(-?)\s*([^<]*)$` (ground truth §1.6); Go's \d and \s are ASCII-only.
const HEREDOC_WORD = /^([0-9]*)<<(-?)[\t\n\f\r ]*([^<]*)$/;

export class HeredocError extends Error {}

/**
 * BuildKit `ParseHeredoc` on one word: null when the word is not a heredoc marker.
 * The name is the word with quotes removed; any quoting turns expansion off.
 */
export function heredocMarker(word: string): HeredocMarker | null {
  const match = HEREDOC_WORD.exec(word);
  if (!match) return null;
  const rest = match[3]!;
  if (rest.length === 0) return null;
  let words: string[];
  let rawWords: string[];
  try {
    words = shellWords(rest, { rawQuotes: false, rawEscapes: false });
    if (words.length !== 1) return null;
    rawWords = shellWords(rest, { rawQuotes: true, rawEscapes: false });
  } catch (err) {
    // uncertain: BuildKit wraps the lexer's text as `failed to process "<word>": <text>`.
    if (err instanceof ShellWordsError) throw new HeredocError(err.message);
    throw err;
  }
  const name = words[0]!;
  const countQuotes = (s: string) => {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x22 || c === 0x27) n++;
    }
    return n;
  };
  return {
    name,
    expand: countQuotes(name) === countQuotes(rawWords[0] ?? ''),
    chomp: match[2] === '-',
    fileDescriptor: match[1] === '' ? 0 : Number.parseInt(match[1]!, 10),
  };
}

/**
 * BuildKit `heredocsFromLine`: lex the whole instruction line (quotes and escapes kept)
 * and keep every word that is a heredoc marker. A line the lexer cannot finish (an
 * unbalanced quote) has no heredocs at all, because BuildKit ignores that lexer error.
 */
export function heredocsFromLine(line: string): HeredocMarker[] {
  let words: string[];
  try {
    words = shellWords(line, { rawQuotes: true, rawEscapes: true });
  } catch (err) {
    if (err instanceof ShellWordsError) return [];
    throw err;
  }
  const out: HeredocMarker[] = [];
  for (const word of words) {
    const doc = heredocMarker(word);
    if (doc) out.push(doc);
  }
  return out;
}

/**
 * Public form of `heredocMarker` (BuildKit `ParseHeredoc`): null when `word` is not a
 * heredoc marker; throws DockerfileParseError for an unbalanced quote (`<<'EOF`).
 */
export function parseHeredocWord(word: string): HeredocMarker | null {
  try {
    return heredocMarker(word);
  } catch (err) {
    if (err instanceof HeredocError) throw new DockerfileParseError(err.message, { startLine: 0 });
    throw err;
  }
}
