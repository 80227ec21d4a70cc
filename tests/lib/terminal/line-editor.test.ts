import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  edit,
  insert,
  withText,
  type EditAction,
} from '../../../src/lib/terminal/line-editor';

/** `|` marks the cursor. */
function at(marked: string) {
  const cursor = marked.indexOf('|');
  return { text: marked.replace('|', ''), cursor, killed: '' };
}
function show(s: { text: string; cursor: number }) {
  return s.text.slice(0, s.cursor) + '|' + s.text.slice(s.cursor);
}
const apply = (marked: string, action: EditAction) => show(edit(at(marked), action));

describe('line editor', () => {
  it('inserts at the cursor', () => {
    expect(show(insert(at('docker |.'), 'build '))).toBe('docker build |.');
    expect(show(insert(EMPTY, 'ls'))).toBe('ls|');
  });

  it.each<[string, EditAction, string]>([
    ['docker| ps', 'backspace', 'docke| ps'],
    ['|ls', 'backspace', '|ls'],
    ['do|cker', 'delete', 'do|ker'],
    ['ls|', 'delete', 'ls|'],
    ['ls|', 'left', 'l|s'],
    ['|ls', 'left', '|ls'],
    ['l|s', 'right', 'ls|'],
    ['ls|', 'right', 'ls|'],
    ['docker p|s', 'home', '|docker ps'],
    ['do|cker ps', 'end', 'docker ps|'],
    ['docker image ls|', 'wordLeft', 'docker image |ls'],
    ['docker image |ls', 'wordLeft', 'docker |image ls'],
    ['|docker image ls', 'wordRight', 'docker| image ls'],
    ['docker| image ls', 'wordRight', 'docker image| ls'],
    ['docker im|age', 'killToStart', '|age'],
    ['docker im|age', 'killToEnd', 'docker im|'],
    ['docker build -t app:v1|', 'killWordBack', 'docker build -t |'],
    ['docker build   |', 'killWordBack', 'docker |'],
    ['|docker', 'killWordBack', '|docker'],
  ])('%s + %s = %s', (before, action, after) => {
    expect(apply(before, action)).toBe(after);
  });

  it('yanks back what Ctrl-U, Ctrl-K and Ctrl-W killed', () => {
    const killed = edit(at('docker build -t app .|'), 'killWordBack');
    expect(killed.killed).toBe('.');
    const moved = edit(edit(killed, 'home'), 'yank');
    expect(show(moved)).toBe('.|docker build -t app ');
    const k = edit(at('abc|def'), 'killToEnd');
    expect(show(edit(edit(k, 'home'), 'yank'))).toBe('def|abc');
  });

  it('steps over a surrogate pair as one character', () => {
    const s = withText('a😀');
    expect(edit(s, 'left').cursor).toBe(1);
    expect(edit(s, 'backspace').text).toBe('a');
    expect(edit({ ...s, cursor: 1 }, 'delete').text).toBe('a');
  });
});
