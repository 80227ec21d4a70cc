import { isGoSpace } from '../text/go-strings';

const enum Phase {
  Spaces,
  Word,
  Quote,
}

/**
 * BuildKit `parseWords`: splits ENV/LABEL/ARG arguments on blanks while keeping quoted
 * strings together. Quotes and escape tokens stay in the words (they are removed later,
 * when the value is expanded), except an escape token at the very end of the line.
 */
export function parseWords(rest: string, escapeToken: string): string[] {
  const words: string[] = [];
  const esc = escapeToken.charCodeAt(0);
  let phase = Phase.Spaces;
  let wordStart = 0; // words are built from slices plus pieces, to stay linear
  let pieces: string[] = [];
  let quote = 0;
  let blankOK = false;
  const n = rest.length;
  const width = (at: number) => {
    const c = rest.charCodeAt(at);
    if (c >= 0xd800 && c <= 0xdbff && at + 1 < n) {
      const low = rest.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return 2;
    }
    return 1;
  };
  const flushTo = (end: number) => {
    if (end > wordStart) pieces.push(rest.slice(wordStart, end));
  };
  const wordLength = () => pieces.reduce((sum, p) => sum + p.length, 0);
  let pos = 0;
  for (;;) {
    if (pos > n) break;
    const ch = pos < n ? rest.charCodeAt(pos) : -1;
    let w = pos < n ? width(pos) : 1;
    if (phase === Phase.Spaces) {
      if (pos === n) break;
      if (isGoSpace(ch)) {
        pos += w;
        continue;
      }
      phase = Phase.Word;
      wordStart = pos;
      pieces = [];
    }
    if (pos === n) {
      flushTo(pos);
      if (blankOK || wordLength() > 0) words.push(pieces.join(''));
      break;
    }
    if (phase === Phase.Word) {
      if (isGoSpace(ch)) {
        phase = Phase.Spaces;
        flushTo(pos);
        if (blankOK || wordLength() > 0) words.push(pieces.join(''));
        blankOK = false;
        pos += w;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = Phase.Quote;
      }
      if (ch === esc) {
        if (pos + w === n) {
          // just skip an escape token at end of line
          flushTo(pos);
          pos += w;
          wordStart = pos;
          continue;
        }
        // keep the escape token and the character after it, even a quote
        pos += w;
        w = width(pos);
      }
      pos += w;
      continue;
    }
    // Phase.Quote
    if (ch === quote) phase = Phase.Word;
    if (ch === esc && quote !== 0x27) {
      if (pos + w === n) {
        phase = Phase.Word;
        flushTo(pos);
        pos += w;
        wordStart = pos;
        continue; // just skip the escape token at end
      }
      pos += w;
      w = width(pos);
    }
    pos += w;
  }
  return words;
}
