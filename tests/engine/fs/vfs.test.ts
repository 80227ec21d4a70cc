import { describe, expect, it } from 'vitest';
import { FsError } from '../../../src/engine/fs/errors';
import { Vfs } from '../../../src/engine/fs/vfs';

function fsErr(fn: () => unknown): FsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e;
    throw e;
  }
  throw new Error('expected an FsError');
}

function expectFsError(fn: () => unknown, code: string, message: string): void {
  const e = fsErr(fn);
  expect(e).toBeInstanceOf(FsError);
  expect(e.code).toBe(code);
  expect(e.message).toBe(message);
}

describe('Vfs operations', () => {
  it('writes, reads and stats files with deterministic metadata', () => {
    const fs = Vfs.create(undefined, { clock: () => 42 });
    fs.mkdir('/app/src', { recursive: true });
    fs.writeFile('/app/src/index.js', 'console.log("hé")\n');
    expect(fs.readFile('/app/src/index.js')).toBe('console.log("hé")\n');
    expect(fs.stat('/app/src/index.js')).toEqual({
      type: 'file',
      content: 'console.log("hé")\n',
      size: 19,
      mode: 0o644,
      uid: 0,
      gid: 0,
      mtime: 42,
    });
    expect(fs.stat('/app')).toMatchObject({ type: 'dir', mode: 0o755 });
    expect(fs.readdir('/app')).toEqual(['src']);
  });

  it('stores synthetic binaries without allocating their bytes', () => {
    const fs = Vfs.create();
    fs.writeFile('/big.bin', { size: 1024 ** 3 }, { kind: 'data' });
    fs.writeFile('/server', { size: 7_000_000 }, { kind: 'elf-static', mode: 0o755 });
    expect(fs.readFile('/big.bin')).toBeNull();
    expect(fs.stat('/big.bin')).toMatchObject({ size: 1073741824, kind: 'data' });
    expect(fs.stat('/server')).toMatchObject({ kind: 'elf-static', mode: 0o755 });
    expect(fs.commit().size).toBe(1024 ** 3 + 7_000_000);
  });

  it('reports POSIX codes with the path as written', () => {
    const fs = Vfs.create();
    fs.mkdir('/d');
    fs.writeFile('/f', 'x');
    expectFsError(() => fs.stat('/nope'), 'ENOENT', 'No such file or directory: /nope');
    expectFsError(
      () => fs.stat('/nope/deeper'),
      'ENOENT',
      'No such file or directory: /nope/deeper',
    );
    expectFsError(() => fs.stat('/f/x'), 'ENOTDIR', 'Not a directory: /f/x');
    expectFsError(() => fs.readFile('/d'), 'EISDIR', 'Is a directory: /d');
    expectFsError(() => fs.writeFile('/d', 'x'), 'EISDIR', 'Is a directory: /d');
    expectFsError(() => fs.mkdir('/d'), 'EEXIST', 'File exists: /d');
    expectFsError(() => fs.mkdir('/f', { recursive: true }), 'EEXIST', 'File exists: /f');
    expectFsError(() => fs.mkdir('/f/g', { recursive: true }), 'ENOTDIR', 'Not a directory: /f/g');
    expectFsError(() => fs.readdir('/f'), 'ENOTDIR', 'Not a directory: /f');
    expectFsError(() => fs.rm('/d'), 'EISDIR', 'Is a directory: /d');
    expectFsError(() => fs.rm('/missing'), 'ENOENT', 'No such file or directory: /missing');
    expect(() => fs.rm('/missing', { force: true })).not.toThrow();
    expectFsError(() => fs.readlink('/f'), 'EINVAL', 'Invalid argument: /f');
    expect(fsErr(() => fs.stat('/nope')).hint).toContain('Nothing exists');
  });

  it('mkdir -p returns what it created; rmdir needs an empty directory', () => {
    const fs = Vfs.create();
    expect(fs.mkdir('/a/b/c', { recursive: true })).toEqual(['/a', '/a/b', '/a/b/c']);
    expect(fs.mkdir('/a/b/c', { recursive: true })).toEqual([]);
    expectFsError(() => fs.rmdir('/a'), 'ENOTEMPTY', 'Directory not empty: /a');
    fs.rmdir('/a/b/c');
    expect(fs.exists('/a/b/c')).toBe(false);
  });

  it('rm -r removes a subtree', () => {
    const fs = Vfs.create();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/a/b/f', 'x');
    fs.rm('/a', { recursive: true });
    expect(fs.exists('/a')).toBe(false);
    expect(fs.exists('/a/b/f')).toBe(false);
    expect(fs.readdir('/')).toEqual([]);
  });

  it('renames files and directories, refusing to move a directory into itself', () => {
    const fs = Vfs.create();
    fs.mkdir('/src/lib', { recursive: true });
    fs.writeFile('/src/lib/a.js', 'a');
    fs.rename('/src', '/dst');
    expect(fs.readFile('/dst/lib/a.js')).toBe('a');
    expect(fs.exists('/src')).toBe(false);
    expectFsError(() => fs.rename('/dst', '/dst/lib/x'), 'EINVAL', 'Invalid argument: /dst/lib/x');
    fs.writeFile('/f', '1');
    expectFsError(() => fs.rename('/f', '/dst'), 'EISDIR', 'Is a directory: /dst');
    expectFsError(() => fs.rename('/dst', '/f'), 'ENOTDIR', 'Not a directory: /f');
    fs.writeFile('/g', '2');
    fs.rename('/g', '/f');
    expect(fs.readFile('/f')).toBe('2');
  });

  it('chmod and chown', () => {
    const fs = Vfs.create();
    fs.writeFile('/run.sh', '#!/bin/sh\n', { kind: 'script' });
    fs.chmod('/run.sh', 0o755);
    fs.chown('/run.sh', 65532, 65532);
    expect(fs.stat('/run.sh')).toMatchObject({ mode: 0o755, uid: 65532, gid: 65532 });
    expectFsError(() => fs.chmod('/nope', 0o600), 'ENOENT', 'No such file or directory: /nope');
  });

  it('follows symlinks, detects loops and keeps dangling links', () => {
    const fs = Vfs.create();
    fs.mkdir('/usr/bin', { recursive: true });
    fs.writeFile('/usr/bin/node', { size: 100 }, { kind: 'elf-dynamic-glibc', mode: 0o755 });
    fs.symlink('/usr/bin', '/bin');
    fs.symlink('node', '/usr/bin/nodejs');
    expect(fs.stat('/bin/nodejs')).toMatchObject({ kind: 'elf-dynamic-glibc' });
    expect(fs.lstat('/usr/bin/nodejs')).toMatchObject({ type: 'symlink', target: 'node' });
    expect(fs.realpath('/bin/nodejs')).toBe('/usr/bin/node');
    expect(fs.readlink('/bin')).toBe('/usr/bin');
    fs.symlink('/loop2', '/loop1');
    fs.symlink('/loop1', '/loop2');
    expectFsError(() => fs.stat('/loop1'), 'ELOOP', 'Too many levels of symbolic links: /loop1');
    fs.symlink('/missing', '/dangling');
    expectFsError(() => fs.stat('/dangling'), 'ENOENT', 'No such file or directory: /dangling');
    fs.writeFile('/dangling', 'made');
    expect(fs.readFile('/missing')).toBe('made');
    expect(fs.realpath('/usr/bin/../bin/./node')).toBe('/usr/bin/node');
    expectFsError(() => fs.symlink('x', '/bin'), 'EEXIST', 'File exists: /bin');
  });

  it('walks in sorted pre-order without following links', () => {
    const fs = Vfs.create();
    fs.mkdir('/w/b', { recursive: true });
    fs.writeFile('/w/a', '');
    fs.writeFile('/w/b/c', '');
    fs.symlink('/', '/w/up');
    expect([...fs.walk('/w')].map((e) => e.path)).toEqual([
      '/w',
      '/w/a',
      '/w/b',
      '/w/b/c',
      '/w/up',
    ]);
  });
});

describe('permissions', () => {
  const setup = () => {
    const fs = Vfs.create();
    fs.mkdir('/app', { mode: 0o755 });
    fs.writeFile('/app/config', 'secret', { mode: 0o600 });
    fs.mkdir('/root', { mode: 0o700 });
    fs.mkdir('/home/nonroot', { recursive: true, uid: 65532, gid: 65532 });
    fs.mkdir('/tmp', { mode: 0o1777 });
    return fs;
  };
  const nonroot = { uid: 65532, gid: 65532 };

  it('gives a non-root user EACCES on root-owned paths', () => {
    const fs = setup().as(nonroot);
    expectFsError(
      () => fs.writeFile('/app/out.log', 'x'),
      'EACCES',
      'Permission denied: /app/out.log',
    );
    expectFsError(() => fs.mkdir('/app/cache'), 'EACCES', 'Permission denied: /app/cache');
    expectFsError(() => fs.readFile('/app/config'), 'EACCES', 'Permission denied: /app/config');
    expectFsError(() => fs.stat('/root/.bashrc'), 'EACCES', 'Permission denied: /root/.bashrc');
    expectFsError(() => fs.rm('/app/config'), 'EACCES', 'Permission denied: /app/config');
    expectFsError(
      () => fs.chown('/home/nonroot', 0, 0),
      'EPERM',
      'Operation not permitted: /home/nonroot',
    );
    expectFsError(() => fs.chmod('/app', 0o777), 'EPERM', 'Operation not permitted: /app');
  });

  it('lets the user write where it owns the directory, and root everywhere', () => {
    const fs = setup();
    const user = fs.as(nonroot);
    user.writeFile('/home/nonroot/notes', 'hi');
    expect(user.stat('/home/nonroot/notes')).toMatchObject({ uid: 65532, gid: 65532 });
    user.writeFile('/tmp/x', '1');
    user.chmod('/home/nonroot/notes', 0o600);
    expect(fs.readFile('/home/nonroot/notes')).toBe('hi');
    fs.writeFile('/root/.bashrc', '');
    expect(fs.access('/app/config', 'x')).toBe(false);
    expect(user.access('/home/nonroot/notes', 'r')).toBe(true);
  });
});
