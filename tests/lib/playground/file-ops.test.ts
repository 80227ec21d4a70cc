import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine';
import {
  cleanInput,
  deleteFile,
  MAX_FILES,
  nextOpenFile,
  pathProblem,
  renameFile,
  restoreFile,
} from '../../../src/lib/playground/file-ops';
import { readWorkspace } from '../../../src/lib/playground/workspace';

const session = () =>
  new Session({ files: { Dockerfile: 'FROM alpine:3\n', 'app.js': 'hi\n', 'src/a.js': 'a' } });
const names = (s: Session) => Object.keys(readWorkspace(s.state.fs));

describe('playground file names', () => {
  const existing = ['Dockerfile', 'app.js', 'src/a.js'];

  it('cleans what was typed', () => {
    expect(cleanInput('  ./src/b.js ')).toBe('src/b.js');
    expect(cleanInput('././x')).toBe('x');
  });

  it('refuses empty, escaping, hidden, duplicate and clashing names', () => {
    expect(pathProblem('', { existing })).toBe('Type a file name.');
    expect(pathProblem('../etc/passwd', { existing })).toBe(
      'A file name cannot contain .. (it stays in ~/app).',
    );
    expect(pathProblem('src/../../x', { existing })).toBe(
      'A file name cannot contain .. (it stays in ~/app).',
    );
    expect(pathProblem('/etc/passwd', { existing })).toBe(
      'Use a relative path such as src/server.js (letters, digits, . _ - / only; no ..).',
    );
    expect(pathProblem('a$b', { existing })).toBe(
      'Use a relative path such as src/server.js (letters, digits, . _ - / only; no ..).',
    );
    expect(pathProblem('node_modules/x.js', { existing })).toBe(
      'Files under node_modules or .git are not shown here; choose another folder.',
    );
    expect(pathProblem('app.js', { existing })).toBe('app.js already exists.');
    expect(pathProblem('src', { existing })).toBe(
      'src clashes with src/a.js: one of them would have to be a folder.',
    );
    expect(pathProblem('app.js/x', { existing })).toBe(
      'app.js/x clashes with app.js: one of them would have to be a folder.',
    );
    expect(pathProblem('x'.repeat(201), { existing })).toBe(
      'That name is 201 characters long; the limit is 200.',
    );
  });

  it('lets a file keep its own name when renamed, and accepts new ones', () => {
    expect(pathProblem('app.js', { existing, renaming: 'app.js' })).toBe('');
    expect(pathProblem('lib/server.js', { existing, renaming: 'app.js' })).toBe('');
    expect(pathProblem('notes.txt', { existing })).toBe('');
  });

  it('caps new files at what a share link holds, but not renames', () => {
    const full = Array.from({ length: MAX_FILES }, (_, i) => `f${i}`);
    expect(pathProblem('one-more', { existing: full })).toBe(
      'The workspace already has 100 files, the most a share link holds.',
    );
    expect(pathProblem('g0', { existing: full, renaming: 'f0' })).toBe('');
  });
});

describe('playground file operations', () => {
  it('deletes a file the terminal then no longer sees, and undo brings it back', () => {
    const s = session();
    const deleted = deleteFile(s.state.fs, 'app.js');
    expect(deleted).toEqual({ path: 'app.js', text: 'hi\n' });
    expect(names(s)).toEqual(['Dockerfile', 'src/a.js']);
    expect(s.feed('ls').status).toBe('done');
    expect(restoreFile(s.state.fs, deleted, names(s))).toBe('');
    expect(readWorkspace(s.state.fs)['app.js']).toBe('hi\n');
  });

  it('will not undo over a file that took the name meanwhile', () => {
    const s = session();
    const deleted = deleteFile(s.state.fs, 'app.js');
    s.feed('echo new > app.js');
    expect(restoreFile(s.state.fs, deleted, names(s))).toBe('Cannot undo: app.js already exists.');
    expect(readWorkspace(s.state.fs)['app.js']).toBe('new\n');
  });

  it('renames into a new folder, keeping the text', () => {
    const s = session();
    renameFile(s.state.fs, 'app.js', 'lib/server.js');
    expect(names(s)).toEqual(['Dockerfile', 'lib/server.js', 'src/a.js']);
    expect(readWorkspace(s.state.fs)['lib/server.js']).toBe('hi\n');
    renameFile(s.state.fs, 'lib/server.js', 'lib/server.js');
    expect(readWorkspace(s.state.fs)['lib/server.js']).toBe('hi\n');
  });

  it('picks the next file down after a delete, else the one above', () => {
    expect(nextOpenFile(['a', 'b', 'c'], 'b')).toBe('c');
    expect(nextOpenFile(['a', 'b', 'c'], 'c')).toBe('b');
    expect(nextOpenFile(['a'], 'a')).toBeUndefined();
    expect(nextOpenFile(['a', 'b'], 'z')).toBe('a');
  });
});
