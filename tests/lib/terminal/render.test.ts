import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellPos,
  moveCursor,
  renderAccept,
  renderChange,
  renderFull,
  type LineView,
} from '../../../src/lib/terminal/render';
import { Screen } from './screen';

const P = '\x1b[01;32mme@box\x1b[00m:\x1b[01;34m~\x1b[00m$ '; // 10 cells: "me@box:~$ "
const v = (text: string, cursor = text.length): LineView => ({ prompt: P, text, cursor });

describe('renderer sequences', () => {
  it('typing at the end writes only the character', () => {
    expect(renderChange(v('docke'), v('docker'), 80)).toBe('r');
  });

  it('a cursor move is only a move', () => {
    expect(renderChange(v('docker'), v('docker', 5), 80)).toBe('\x1b[D');
    expect(renderChange(v('docker', 0), v('docker'), 80)).toBe('\x1b[6C');
    expect(renderChange(v('docker', 3), v('docker', 0), 80)).toBe('\x1b[3D');
  });

  it('inserting in the middle rewrites the tail and steps back', () => {
    expect(renderChange(v('dcker', 1), v('docker', 2), 80)).toBe('ocker\x1b[4D');
  });

  it('deleting rewrites the tail and clears what is left', () => {
    expect(renderChange(v('docker'), v('docke'), 80)).toBe('\x1b[D\x1b[J');
    expect(renderChange(v('docker', 0), v('ocker', 0), 80)).toBe('ocker\x1b[J\x1b[5D');
  });

  it('moves across rows of a wrapped line with CUU/CUD', () => {
    expect(moveCursor({ row: 2, col: 5 }, { row: 0, col: 9 })).toBe('\x1b[2A\x1b[4C');
    expect(moveCursor({ row: 0, col: 3 }, { row: 1, col: 0 })).toBe('\x1b[B\x1b[3D');
    expect(cellPos(v('abcdefghij'), 10, 10)).toEqual({ row: 2, col: 0 });
  });

  it('settles the pending wrap when a line ends on the last column', () => {
    expect(renderFull(v('a'), 11)).toBe(P + 'a \r');
    expect(renderAccept(v('a', 0), 11)).toBe('\x1b[B\x1b[10D\r\n');
  });
});

describe('renderer on a screen', () => {
  function check(cols: number, steps: LineView[]) {
    const screen = new Screen(cols).write(renderFull(steps[0]!, cols));
    for (let i = 1; i < steps.length; i++) {
      screen.write(renderChange(steps[i - 1]!, steps[i]!, cols));
      const want = steps[i]!;
      expect(screen.flat()).toBe(('me@box:~$ ' + want.text).replace(/\s+$/, ''));
      const pos = cellPos(want, want.cursor, cols);
      expect([screen.y, screen.x]).toEqual([pos.row, pos.col]);
    }
  }

  it('keeps a wrapped line and cursor right through edits', () => {
    check(12, [
      v(''),
      v('docker build'),
      v('docker build', 3),
      v('dockXer build', 4),
      v('build', 0),
      v(''),
    ]);
  });

  it('any sequence of edits leaves exactly the line and cursor on screen', () => {
    const view = fc
      .tuple(fc.stringMatching(/^[a-z .-]{0,40}$/), fc.nat())
      .map(([text, c]) => v(text, c % (text.length + 1)));
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 30 }),
        fc.array(view, { minLength: 2, maxLength: 8 }),
        check,
      ),
      { numRuns: 300 },
    );
  });
});
