import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine';
import {
  isDockerfile,
  readWorkspace,
  sortPaths,
  validFilePath,
  workspacePath,
  writeWorkspaceFile,
} from '../../../src/lib/playground/workspace';
import { DEFAULT_FILES } from '../../../src/lib/playground/default-files';

describe('playground workspace', () => {
  it('reads the session files, Dockerfile first, without node_modules', () => {
    const s = new Session({
      files: { 'src/a.js': 'a', '.dockerignore': 'x\n', Dockerfile: 'FROM alpine\n' },
    });
    writeWorkspaceFile(s.state.fs, 'node_modules/x/index.js', 'dep');
    writeWorkspaceFile(s.state.fs, 'lib/b.js', 'b');
    expect(Object.keys(readWorkspace(s.state.fs))).toEqual([
      'Dockerfile',
      '.dockerignore',
      'lib/b.js',
      'src/a.js',
    ]);
    expect(readWorkspace(s.state.fs)['lib/b.js']).toBe('b');
  });

  it('sees files the terminal writes', () => {
    const s = new Session({ files: DEFAULT_FILES });
    s.feed("echo 'hi' > notes.txt");
    s.feed('rm .dockerignore');
    const files = readWorkspace(s.state.fs);
    expect(files['notes.txt']).toBe('hi\n');
    expect(files['.dockerignore']).toBeUndefined();
  });

  it('accepts workspace paths and refuses escapes', () => {
    for (const ok of ['Dockerfile', 'src/index.js', '.dockerignore', 'a b/c-d_e.txt'])
      expect(validFilePath(ok)).toBe(true);
    for (const bad of ['', '/etc/passwd', '../x', 'a/../b', 'a//b', 'dir/', 'x\ny', './a'])
      expect(validFilePath(bad)).toBe(false);
  });

  it('maps edit paths and recognises Dockerfiles', () => {
    expect(workspacePath('/home/learner/app/src/index.js')).toBe('src/index.js');
    expect(workspacePath('/etc/hosts')).toBeUndefined();
    expect(sortPaths(['z/a', 'b', 'Dockerfile', 'a'])).toEqual(['Dockerfile', 'a', 'b', 'z/a']);
    expect(
      ['Dockerfile', 'Dockerfile.prod', 'build/Containerfile', 'app.Dockerfile'].map(isDockerfile),
    ).toEqual([true, true, true, true]);
    expect(isDockerfile('package.json')).toBe(false);
  });
});
