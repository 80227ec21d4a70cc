import { describe, expect, it } from 'vitest';
import { applyCompletion, columns } from '../../../src/lib/terminal/completion';
import { withText } from '../../../src/lib/terminal/line-editor';

describe('applyCompletion', () => {
  it('completes a single match and adds a space', () => {
    const out = applyCompletion(
      withText('docker bu'),
      { start: 7, end: 9, candidates: ['build'] },
      false,
      80,
    );
    expect(out.state.text).toBe('docker build ');
    expect(out.state.cursor).toBe(13);
  });

  it('adds no space after a directory, and keeps the text after the cursor', () => {
    const s = { ...withText('cat sr x'), cursor: 6 };
    const out = applyCompletion(s, { start: 4, end: 6, candidates: ['src/'] }, false, 80);
    expect(out.state.text).toBe('cat src/ x');
    expect(out.state.cursor).toBe(8);
  });

  it('completes the common prefix of several matches', () => {
    const out = applyCompletion(
      withText('docker i'),
      { start: 7, end: 8, candidates: ['image', 'images', 'info', 'inspect'] },
      false,
      80,
    );
    expect(out).toEqual({ state: withText('docker i'), bell: true });
    const more = applyCompletion(
      withText('docker im'),
      { start: 7, end: 9, candidates: ['image', 'images'] },
      false,
      80,
    );
    expect(more.state.text).toBe('docker image');
  });

  it('rings on the first Tab with nothing to add, and lists on the second', () => {
    const result = { start: 7, end: 7, candidates: ['ps', 'pull', 'images'] };
    expect(applyCompletion(withText('docker '), result, false, 80).bell).toBe(true);
    expect(applyCompletion(withText('docker '), result, true, 80)).toEqual({
      state: withText('docker '),
      listing: ['images  ps      pull'],
    });
  });

  it('lists display names when given (bash shows basenames)', () => {
    const out = applyCompletion(
      withText('cat src/'),
      { start: 4, end: 8, candidates: ['src/a.js', 'src/b.js'], display: ['a.js', 'b.js'] },
      true,
      80,
    );
    expect(out.listing).toEqual(['a.js  b.js']);
  });

  it('rings when nothing matches', () => {
    expect(
      applyCompletion(withText('x'), { start: 0, end: 1, candidates: [] }, true, 80).bell,
    ).toBe(true);
  });
});

describe('columns (readline layout)', () => {
  it('fills down then across, padding to the longest + 2', () => {
    expect(columns(['a', 'bb', 'ccc', 'd', 'e'], 12)).toEqual(['a    d', 'bb   e', 'ccc']);
    expect(columns(['a', 'bb', 'ccc', 'd', 'e'], 16)).toEqual(['a    ccc  e', 'bb   d']);
  });
  it('falls back to one column when an item is wider than the screen', () => {
    expect(columns(['abcdefghij', 'k'], 8)).toEqual(['abcdefghij', 'k']);
  });
});
