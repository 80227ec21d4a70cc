import { describe, expect, it } from 'vitest';
import {
  DockerignoreError,
  PatternMatcher,
  parseDockerignore,
} from '../../../src/engine/fs/ignore';

describe('parseDockerignore (ignorefile.ReadAll)', () => {
  it('drops comments and blanks, trims, cleans and removes one leading /', () => {
    const text = [
      '\uFEFF# comment',
      'test1',
      '/test2',
      '/a/file/here',
      '',
      '   ',
      '  lastfile  ',
      '# this is a comment',
      '! /inverted/abs/path',
      './src/../dist/',
      ' # not a comment (# is not first)',
      'node_modules/',
      '**/*.go',
    ].join('\r\n');
    expect(parseDockerignore(text)).toEqual([
      'test1',
      'test2',
      'a/file/here',
      'lastfile',
      '!inverted/abs/path',
      'dist',
      '# not a comment (# is not first)',
      'node_modules',
      '**/*.go',
    ]);
  });

  it('rejects a lone ! and malformed classes when compiling', () => {
    const lone = () => new PatternMatcher(parseDockerignore('!\n'));
    expect(lone).toThrow(DockerignoreError);
    expect(lone).toThrow('illegal exclusion pattern: "!"');
    expect(() => new PatternMatcher(['[a-'])).toThrow('syntax error in pattern');
  });
});

// Each row: .dockerignore lines, path relative to the context, excluded?
// Rows marked "docs" are the examples at docs.docker.com/build/concepts/context/#dockerignore-files.
const TABLE: [string, string[], string, boolean][] = [
  ['docs */temp*', ['*/temp*'], 'somedir/temporary.txt', true],
  ['docs */temp*', ['*/temp*'], 'somedir/temp', true],
  ['docs */temp* (root)', ['*/temp*'], 'temporary.txt', false],
  ['docs */temp* (depth 2)', ['*/temp*'], 'somedir/subdir/temporary.txt', false],
  ['docs */*/temp*', ['*/*/temp*'], 'somedir/subdir/temporary.txt', true],
  ['docs temp?', ['temp?'], 'tempa', true],
  ['docs temp?', ['temp?'], 'tempb', true],
  ['docs temp? (two chars)', ['temp?'], 'tempab', false],
  ['docs temp? (only root)', ['temp?'], 'dir/tempa', false],
  ['docs **/*.go root', ['**/*.go'], 'main.go', true],
  ['docs **/*.go deep', ['**/*.go'], 'cmd/server/main.go', true],
  ['docs **/*.go other', ['**/*.go'], 'cmd/server/main.rs', false],
  ['docs *.md !README.md', ['*.md', '!README.md'], 'CHANGELOG.md', true],
  ['docs *.md !README.md', ['*.md', '!README.md'], 'README.md', false],
  ['docs *.md only root', ['*.md'], 'docs/guide.md', false],
  ['docs README-secret', ['*.md', '!README*.md', 'README-secret.md'], 'README-secret.md', true],
  ['docs README-secret', ['*.md', '!README*.md', 'README-secret.md'], 'README-public.md', false],
  ['docs README-secret', ['*.md', '!README*.md', 'README-secret.md'], 'NOTES.md', true],
  [
    'docs middle line no effect',
    ['*.md', 'README-secret.md', '!README*.md'],
    'README-secret.md',
    false,
  ],
  ['node_modules dir', ['node_modules'], 'node_modules', true],
  ['node_modules contents', ['node_modules'], 'node_modules/react/index.js', true],
  ['node_modules nested not matched', ['node_modules'], 'packages/a/node_modules/x.js', false],
  ['**/node_modules nested', ['**/node_modules'], 'packages/a/node_modules/x.js', true],
  ['.git', ['.git'], '.git/HEAD', true],
  ['.git not .github', ['.git'], '.github/workflows/ci.yml', false],
  ['leading / is the context root', ['/secrets'], 'secrets/key.pem', true],
  ['/foo/bar = foo/bar', ['/foo/bar'], 'foo/bar', true],
  ['exception inside an excluded dir', ['dist', '!dist/keep.txt'], 'dist/keep.txt', false],
  ['exception does not reach other files', ['dist', '!dist/keep.txt'], 'dist/other.txt', true],
  ['exception needs the full path', ['node_modules', '!README.md'], 'node_modules/README.md', true],
  ['last match wins', ['!a.txt', 'a.txt'], 'a.txt', true],
  ['exclude all but src', ['*', '!src'], 'src/index.js', false],
  ['exclude all but src (others)', ['*', '!src'], 'package.json', true],
  ['trailing ** prefix', ['logs/**'], 'logs/2024/a.log', true],
  ['trailing ** prefix (dir itself)', ['logs/**'], 'logs', false],
  ['** in the middle', ['a/**/z'], 'a/z', true],
  ['** in the middle deep', ['a/**/z'], 'a/b/c/z', true],
  ['character class', ['[a-c]*.txt'], 'beta.txt', true],
  ['character class miss', ['[a-c]*.txt'], 'delta.txt', false],
  ['negated class', ['[^a]*'], 'b', true],
  ['escaped star is literal', ['\\*.txt'], '*.txt', true],
  ['escaped star is literal (miss)', ['\\*.txt'], 'a.txt', false],
  ['dots are literal', ['a.b'], 'axb', false],
  ['Dockerfile can be excluded', ['Dockerfile', '.dockerignore'], 'Dockerfile', true],
];

describe('PatternMatcher against Docker behaviour', () => {
  it.each(TABLE)('%s: %j on %s → %s', (_name, patterns, path, excluded) => {
    expect(new PatternMatcher(parseDockerignore(patterns.join('\n'))).matches(path)).toBe(excluded);
  });
});
