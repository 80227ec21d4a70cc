/**
 * The escape sequences that turn what the terminal shows into the edited line, touching only
 * what changed: a cursor move is only a move, typing at the end is only the character, and
 * an edit in the middle rewrites from the first changed character on. Positions are computed
 * for a line that wraps over several rows at `cols` columns, with the prompt starting at
 * column 0 of the first row.
 */
import { cellWidth } from './ansi';

export interface LineView {
  /** Prompt as written (may hold colours). */
  readonly prompt: string;
  readonly text: string;
  readonly cursor: number;
}

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** Where the character at `index` of the text sits, relative to the prompt's first cell. */
export function cellPos(view: LineView, index: number, cols: number): CellPos {
  // uncertain: a wide character that would straddle the right edge is wrapped early by
  // xterm, leaving a blank cell; the arithmetic here does not model that edge case.
  const cells = cellWidth(view.prompt) + cellWidth(view.text.slice(0, index));
  return { row: Math.floor(cells / cols), col: cells % cols };
}

const csi = (n: number, final: string) => (n === 1 ? `\x1b[${final}` : `\x1b[${n}${final}`);

/** Relative moves (CUU/CUD/CUF/CUB): they stay right however far the screen has scrolled. */
export function moveCursor(from: CellPos, to: CellPos): string {
  let out = '';
  if (to.row < from.row) out += csi(from.row - to.row, 'A');
  if (to.row > from.row) out += csi(to.row - from.row, 'B');
  if (to.col > from.col) out += csi(to.col - from.col, 'C');
  if (to.col < from.col) out += csi(from.col - to.col, 'D');
  return out;
}

/**
 * After writing up to the last column xterm leaves the cursor in the "pending wrap" state on
 * that row; a space and a carriage return put it at column 0 of the next row, where the
 * arithmetic says it is (the same trick readline and linenoise use).
 */
function settleWrap(view: LineView, cols: number): string {
  const end = cellPos(view, view.text.length, cols);
  return end.col === 0 && end.row > 0 ? ' \r' : '';
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Never split a surrogate pair.
  if (i > 0 && /[\ud800-\udbff]/.test(a[i - 1]!)) i--;
  return i;
}

/** Writes prompt and line from scratch at the cursor's row (a new prompt, after Ctrl-L). */
export function renderFull(view: LineView, cols: number): string {
  const end = cellPos(view, view.text.length, cols);
  return (
    view.prompt +
    view.text +
    settleWrap(view, cols) +
    moveCursor(end, cellPos(view, view.cursor, cols))
  );
}

/** The minimal update from `prev` (currently on screen, cursor where prev.cursor says). */
export function renderChange(prev: LineView, next: LineView, cols: number): string {
  if (prev.prompt !== next.prompt) {
    const back = moveCursor(cellPos(prev, prev.cursor, cols), { row: 0, col: 0 });
    return back + '\r\x1b[J' + renderFull(next, cols);
  }
  if (prev.text === next.text) {
    return moveCursor(cellPos(prev, prev.cursor, cols), cellPos(next, next.cursor, cols));
  }
  const at = commonPrefix(prev.text, next.text);
  let out = moveCursor(cellPos(prev, prev.cursor, cols), cellPos(next, at, cols));
  const tail = next.text.slice(at);
  out += tail;
  if (tail !== '') out += settleWrap(next, cols);
  const oldEnd = cellWidth(prev.text);
  const newEnd = cellWidth(next.text);
  if (newEnd < oldEnd || (tail !== '' && settleWrap(next, cols) !== '')) out += '\x1b[J';
  return out + moveCursor(cellPos(next, next.text.length, cols), cellPos(next, next.cursor, cols));
}

/** Enter: put the cursor after the whole line and start a new row. */
export function renderAccept(view: LineView, cols: number): string {
  return (
    moveCursor(cellPos(view, view.cursor, cols), cellPos(view, view.text.length, cols)) + '\r\n'
  );
}
