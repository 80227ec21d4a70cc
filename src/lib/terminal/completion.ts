/**
 * Tab, as readline does it: one candidate completes the word (plus a space, unless it is a
 * directory); several complete their common prefix; when that adds nothing, the first Tab
 * rings the bell and a second Tab lists the candidates in columns, sorted down then across.
 */
import { cellWidth } from './ansi';
import type { CompletionResult } from './backend';
import { type EditorState } from './line-editor';

export interface TabOutcome {
  readonly state: EditorState;
  /** Lines to print below the command line (the second Tab's listing). */
  readonly listing?: readonly string[];
  /** Nothing to do yet: ring the bell (and list on the next Tab). */
  readonly bell?: boolean;
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) {
    while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

function replace(state: EditorState, start: number, end: number, word: string): EditorState {
  const text = state.text.slice(0, start) + word + state.text.slice(end);
  return { ...state, text, cursor: start + word.length };
}

export function applyCompletion(
  state: EditorState,
  result: CompletionResult,
  secondTab: boolean,
  cols: number,
): TabOutcome {
  const { start, end, candidates } = result;
  const unique = [...new Set(candidates)];
  if (unique.length === 0) return { state, bell: true };
  if (unique.length === 1) {
    const word = unique[0]!;
    if (word.endsWith('/')) return { state: replace(state, start, end, word) };
    // A space already follows: step over it rather than doubling it.
    if (state.text[end] === ' ') {
      const next = replace(state, start, end, word);
      return { state: { ...next, cursor: next.cursor + 1 } };
    }
    return { state: replace(state, start, end, word + ' ') };
  }
  const prefix = commonPrefix(unique);
  const typed = state.text.slice(start, end);
  if (prefix.length > typed.length && prefix.startsWith(typed)) {
    return { state: replace(state, start, end, prefix) };
  }
  if (!secondTab) return { state, bell: true };
  const shown =
    result.display && result.display.length === candidates.length
      ? [...new Set(result.display)]
      : unique;
  return { state, listing: columns([...shown].sort(), cols) };
}

/** readline's rl_display_match_list layout: width of the longest + 2, filled down columns. */
export function columns(items: readonly string[], cols: number): string[] {
  const max = Math.max(...items.map(cellWidth)) + 2;
  let limit = Math.floor(cols / max);
  if (limit !== 1 && limit * max === cols) limit--;
  if (limit <= 0) limit = 1;
  const rows = Math.ceil(items.length / limit);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < limit; c++) {
      const item = items[r + c * rows];
      if (item === undefined) break;
      const isLast = items[r + (c + 1) * rows] === undefined;
      line += isLast ? item : item + ' '.repeat(max - cellWidth(item));
    }
    lines.push(line);
  }
  return lines;
}
