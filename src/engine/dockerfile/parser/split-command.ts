import { isAsciiBlank, isGoSpace, trimGoSpace } from '../text/go-strings';
import { bytesAsLatin1 } from '../../util/utf8';
import { LazyBytes } from './lazy-bytes';

export interface SplitCommand {
  /** The keyword as written (`RUN`, `From`). */
  readonly cmd: string;
  readonly flags: string[];
  /** Everything after the flags, trimmed. */
  readonly rest: string;
}

/** BuildKit `splitCommand`: keyword, `--flags`, and the rest of the line. */
export function splitCommand(line: string): SplitCommand {
  const trimmed = trimGoSpace(line);
  let i = 0;
  while (i < trimmed.length && !isAsciiBlank(trimmed.charCodeAt(i))) i++;
  const cmd = trimmed.slice(0, i);
  if (i >= trimmed.length) return { cmd, flags: [], rest: '' };
  while (i < trimmed.length && isAsciiBlank(trimmed.charCodeAt(i))) i++;
  const { rest, flags } = extractBuilderFlags(trimmed.slice(i));
  return { cmd, flags, rest: trimGoSpace(rest) };
}

// Go's unicode.IsSpace applied to a single *byte* widened to a rune, as BuildKit does.
function isByteSpace(b: number): boolean {
  return isGoSpace(b);
}

/**
 * BuildKit `extractBuilderFlags`: leading words that start with `--` are flags; quotes
 * in them are removed and `\` escapes the next character; a bare `--` ends the flags and
 * is dropped. Go walks the line byte by byte, so a non-ASCII character inside a flag comes
 * out as its UTF-8 bytes read as Latin-1, and bytes 0x85/0xA0 count as blanks. We keep
 * that quirk by scanning (lazily encoded) bytes.
 */
export function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const bytes = new LazyBytes(line);
  const { restAt, words } = scanFlags(bytes);
  return { rest: restAt < 0 ? '' : bytes.restFrom(restAt), flags: words };
}

const enum Phase {
  Spaces,
  Word,
  Quote,
}

/** The state machine over bytes; returns where the non-flag rest starts (-1: none). */
function scanFlags(bytes: LazyBytes): { restAt: number; words: string[] } {
  const words: string[] = [];
  let phase = Phase.Spaces;
  let word: number[] = [];
  let quote = 0;
  let blankOK = false;
  let ch = 0;
  const wordText = () => bytesAsLatin1(word);
  for (let pos = 0; pos === 0 || bytes.has(pos - 1); pos++) {
    const atEnd = !bytes.has(pos);
    if (!atEnd) ch = bytes.at(pos);
    if (phase === Phase.Spaces) {
      if (atEnd) break;
      if (isByteSpace(ch)) continue;
      // Only keep going if the next word starts with --
      if (ch !== 0x2d || bytes.at(pos + 1) !== 0x2d) return { restAt: pos, words };
      phase = Phase.Word;
    }
    if (atEnd) {
      const text = wordText();
      if (text !== '--' && (blankOK || word.length > 0)) words.push(text);
      break;
    }
    if (phase === Phase.Word) {
      if (isByteSpace(ch)) {
        phase = Phase.Spaces;
        const text = wordText();
        if (text === '--') return { restAt: pos, words };
        if (blankOK || word.length > 0) words.push(text);
        word = [];
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = Phase.Quote;
        continue;
      }
      if (ch === 0x5c) {
        if (!bytes.has(pos + 1)) continue; // just skip \ at end
        pos++;
        ch = bytes.at(pos);
      }
      word.push(ch);
      continue;
    }
    // Phase.Quote
    if (ch === quote) {
      phase = Phase.Word;
      continue;
    }
    if (ch === 0x5c) {
      if (!bytes.has(pos + 1)) {
        phase = Phase.Word;
        continue;
      }
      pos++;
      ch = bytes.at(pos);
    }
    word.push(ch);
  }
  return { restAt: -1, words };
}
