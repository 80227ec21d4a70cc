import { describe, expect, it } from 'vitest';
import {
  basename,
  dirname,
  isWithin,
  join,
  normalize,
  relative,
  resolve,
} from '../../../src/engine/fs/posix-path';

describe('posix path', () => {
  it.each([
    ['/a/b/../c', '/a/c'],
    ['/../../x', '/x'],
    ['/a//b/./c/', '/a/b/c'],
    ['/', '/'],
    ['', '.'],
    ['a/../..', '..'],
    ['./a/', 'a'],
    ['/..', '/'],
  ])('normalize(%j) = %j', (input, out) => {
    expect(normalize(input)).toBe(out);
  });

  it('joins and resolves against a cwd, clamping .. at /', () => {
    expect(join('/app', 'src', '../dist')).toBe('/app/dist');
    expect(join('a', '/b')).toBe('a/b');
    expect(resolve('/app', 'src/index.js')).toBe('/app/src/index.js');
    expect(resolve('/app', '/etc/passwd')).toBe('/etc/passwd');
    expect(resolve('/app', '../../../..')).toBe('/');
  });

  it('dirname and basename', () => {
    expect(dirname('/a/b/c')).toBe('/a/b');
    expect(dirname('/a')).toBe('/');
    expect(dirname('/')).toBe('/');
    expect(dirname('a')).toBe('.');
    expect(basename('/a/b.txt/')).toBe('b.txt');
    expect(basename('/')).toBe('/');
  });

  it('isWithin and relative', () => {
    expect(isWithin('/app/src', '/app')).toBe(true);
    expect(isWithin('/application', '/app')).toBe(false);
    expect(isWithin('/x', '/')).toBe(true);
    expect(relative('/app', '/app/src/a')).toBe('src/a');
    expect(relative('/', '/etc')).toBe('etc');
    expect(relative('/a', '/a')).toBe('.');
  });
});
