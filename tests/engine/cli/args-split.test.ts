import { describe, expect, it } from 'vitest';
import {
  ShellSyntaxError,
  splitCommandLine,
  tokenizeCommandLine,
} from '../../../src/engine/cli/args';

const env = { HOME: '/home/me', TAG: 'v1', EMPTY: '', TWO: 'a  b', '?': '0' };

describe('splitCommandLine: words as bash splits them', () => {
  it.each([
    ['docker build -t app .', ['docker', 'build', '-t', 'app', '.']],
    ['  docker   ps  ', ['docker', 'ps']],
    ['echo "a b" \'c d\'', ['echo', 'a b', 'c d']],
    ['echo "" \'\'', ['echo', '', '']],
    ['echo a""b', ['echo', 'ab']],
    ['echo "it\'s"', ['echo', "it's"]],
    ['echo \'say "hi"\'', ['echo', 'say "hi"']],
    ['echo a\\ b', ['echo', 'a b']],
    ['echo \\"x\\"', ['echo', '"x"']],
    ['echo "a\\"b" "c\\\\d" "e\\nf"', ['echo', 'a"b', 'c\\d', 'e\\nf']],
    ["echo '\\n'", ['echo', '\\n']],
    ['docker run \\\n  --rm alpine', ['docker', 'run', '--rm', 'alpine']],
    ['echo "a\\\nb"', ['echo', 'ab']],
    ['echo $TAG ${TAG} "$TAG" \'$TAG\'', ['echo', 'v1', 'v1', 'v1', '$TAG']],
    ['echo app:$TAG', ['echo', 'app:v1']],
    ['echo $UNSET end', ['echo', 'end']],
    ['echo "$UNSET"', ['echo', '']],
    ['echo $TWO', ['echo', 'a', 'b']],
    ['echo "$TWO"', ['echo', 'a  b']],
    ['echo ${UNSET:-dflt} ${EMPTY:-e} ${EMPTY-e}', ['echo', 'dflt', 'e']],
    ['echo ${#TAG} $?', ['echo', '2', '0']],
    ['echo $ "$" a$', ['echo', '$', '$', 'a$']],
    ["echo $'a\\tb'", ['echo', 'a\tb']],
    ['cd ~ && ls ~/x a~', ['cd', '/home/me', '&&', 'ls', '/home/me/x', 'a~']],
    ['docker ps # list them', ['docker', 'ps']],
    ['echo a#b', ['echo', 'a#b']],
    ['docker images | grep app', ['docker', 'images', '|', 'grep', 'app']],
    ['docker build . 2>&1 >out.txt', ['docker', 'build', '.', '2>&', '1', '>', 'out.txt']],
    ['a;b', ['a', ';', 'b']],
    ['echo "é 日本 😀"', ['echo', 'é 日本 😀']],
    ['echo $(date) `id`', ['echo', '$(date)', '`id`']],
    ['', []],
  ])('%j', (line, words) => {
    expect(splitCommandLine(line, env)).toEqual(words);
  });

  it('marks operators so the host shell can tell them from quoted text', () => {
    expect(tokenizeCommandLine('a | "|"')).toEqual([
      { text: 'a', operator: false },
      { text: '|', operator: true },
      { text: '|', operator: false },
    ]);
  });

  it.each([
    ['echo "abc', '"'],
    ["echo 'abc", "'"],
    ['echo ${TAG', '}'],
    ['echo $(date', ')'],
    ['echo `id', '`'],
  ])('reports an unterminated %j', (line, match) => {
    const e = splitCommandLine(line, env);
    expect(e).toBeInstanceOf(ShellSyntaxError);
    expect((e as ShellSyntaxError).message).toBe(
      `unexpected EOF while looking for matching \`${match}'`,
    );
    expect((e as ShellSyntaxError).code).toBe('SHELL_SYNTAX_ERROR');
    expect((e as ShellSyntaxError).exitCode).toBe(2);
  });

  it('reports a bad substitution', () => {
    const e = splitCommandLine('echo ${A/b/c}', env) as ShellSyntaxError;
    expect(e).toBeInstanceOf(ShellSyntaxError);
    expect(e.message).toBe('${A/b/c}: bad substitution');
  });
});
