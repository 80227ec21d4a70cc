import { describe, expect, it } from 'vitest';
import { History } from '../../../src/lib/terminal/history';

describe('History', () => {
  it('walks back and forward and keeps the draft being typed', () => {
    const h = new History();
    h.add('docker images');
    h.add('docker ps');
    expect(h.previous('docker bu')).toBe('docker ps');
    expect(h.previous('docker ps')).toBe('docker images');
    expect(h.previous('docker images')).toBeUndefined();
    expect(h.next('docker images')).toBe('docker ps');
    expect(h.next('docker ps')).toBe('docker bu');
    expect(h.next('docker bu')).toBeUndefined();
  });

  it('keeps edits to a recalled line while navigating, and drops them after a run', () => {
    const h = new History();
    h.add('ls');
    h.add('pwd');
    expect(h.previous('')).toBe('pwd');
    expect(h.previous('pwd -P')).toBe('ls');
    expect(h.next('ls')).toBe('pwd -P');
    h.add('pwd -P');
    expect(h.list()).toEqual(['ls', 'pwd', 'pwd -P']);
    expect(h.previous('')).toBe('pwd -P');
    expect(h.previous('pwd -P')).toBe('pwd');
  });

  it('ignores blank lines, lines starting with a space and repeats (ignoreboth)', () => {
    const h = new History();
    for (const line of ['ls', 'ls', '  ', ' secret', 'pwd', 'ls']) h.add(line);
    expect(h.list()).toEqual(['ls', 'pwd', 'ls']);
  });

  it('drops the draft on reset (Ctrl-C) and keeps at most `limit` lines', () => {
    const h = new History(2);
    h.add('a');
    h.add('b');
    h.add('c');
    expect(h.list()).toEqual(['b', 'c']);
    h.previous('typed');
    h.reset();
    expect(h.previous('')).toBe('c');
    expect(h.next('c')).toBe('');
  });
});
