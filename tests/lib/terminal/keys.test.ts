import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../src/lib/terminal/keys';

const key = (name: string) => ({ type: 'key', name });

describe('decodeInput', () => {
  it('reads typed text as one insertion', () => {
    expect(decodeInput('docker')).toEqual([{ type: 'text', text: 'docker' }]);
  });

  it.each([
    ['\r', 'enter'],
    ['\x7f', 'backspace'],
    ['\x1b[3~', 'delete'],
    ['\x1b[D', 'left'],
    ['\x1b[C', 'right'],
    ['\x1b[A', 'up'],
    ['\x1b[B', 'down'],
    ['\x1bOA', 'up'],
    ['\x1b[H', 'home'],
    ['\x1b[F', 'end'],
    ['\x1b[1~', 'home'],
    ['\x1b[4~', 'end'],
    ['\x01', 'home'],
    ['\x05', 'end'],
    ['\x02', 'left'],
    ['\x06', 'right'],
    ['\x10', 'up'],
    ['\x0e', 'down'],
    ['\x15', 'killToStart'],
    ['\x0b', 'killToEnd'],
    ['\x17', 'killWordBack'],
    ['\x19', 'yank'],
    ['\x03', 'interrupt'],
    ['\x0c', 'clearScreen'],
    ['\x04', 'eof'],
    ['\t', 'tab'],
    ['\x1b[1;5D', 'wordLeft'],
    ['\x1bf', 'wordRight'],
  ])('maps %j to %s', (data, name) => {
    expect(decodeInput(data)).toEqual([key(name)]);
  });

  it('drops unknown escape sequences instead of inserting them', () => {
    expect(decodeInput('a\x1b[15~b\x1b[2;5R')).toEqual([
      { type: 'text', text: 'a' },
      { type: 'text', text: 'b' },
    ]);
  });

  it('reads a bracketed paste as one paste, keys around it as keys', () => {
    expect(decodeInput('\x1b[200~ls\rpwd\r\x1b[201~\r')).toEqual([
      { type: 'paste', text: 'ls\rpwd\r' },
      key('enter'),
    ]);
  });

  it('treats a multi-character chunk with a line break as a paste', () => {
    expect(decodeInput('ls\rpwd')).toEqual([{ type: 'paste', text: 'ls\rpwd' }]);
  });
});
