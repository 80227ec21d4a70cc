import { describe, expect, it } from 'vitest';
import { BadPatternError, goMatch, hasWildcards } from '../../../src/engine/fs/glob';

// Rows from Go's path/filepath match_test.go (Unix), plus COPY-style names.
const CASES: [string, string, boolean][] = [
  ['abc', 'abc', true],
  ['*', 'abc', true],
  ['*c', 'abc', true],
  ['a*', 'a', true],
  ['a*', 'abc', true],
  ['a*', 'ab/c', false],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/c/b', false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false],
  ['ab[c]', 'abc', true],
  ['ab[b-d]', 'abc', true],
  ['ab[e-g]', 'abc', false],
  ['ab[^c]', 'abc', false],
  ['ab[^b-d]', 'abc', false],
  ['ab[^e-g]', 'abc', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'ab', false],
  ['a?b', 'a☺b', true],
  ['a[^a]b', 'a☺b', true],
  ['a???b', 'a☺b', false],
  ['a?b', 'a/b', false],
  ['a*b', 'a/b', false],
  ['[\\]a]', ']', true],
  ['[\\-]', '-', true],
  ['[x\\-]', 'x', true],
  ['*x', 'xxx', true],
  ['package*.json', 'package-lock.json', true],
  ['*.go', '.hidden.go', true],
];

describe('goMatch (filepath.Match)', () => {
  it.each(CASES)('%j matches %j: %s', (pattern, name, want) => {
    expect(goMatch(pattern, name)).toBe(want);
  });

  it.each(['[', '[^', '[^bc', 'a[', 'ab[-c]', '[a-]', '\\', 'a*[', '[]a]'])(
    'rejects the malformed pattern %j',
    (pattern) => {
      expect(() => goMatch(pattern, 'x')).toThrow(BadPatternError);
      expect(() => goMatch(pattern, 'x')).toThrow('syntax error in pattern');
    },
  );

  it('detects wildcards as BuildKit does', () => {
    expect(hasWildcards('src/*.js')).toBe(true);
    expect(hasWildcards('file?.txt')).toBe(true);
    expect(hasWildcards('[ab].txt')).toBe(true);
    expect(hasWildcards('a\\*b')).toBe(false);
    expect(hasWildcards('plain/path')).toBe(false);
  });
});
