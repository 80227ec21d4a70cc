import { describe, expect, it } from 'vitest';
import {
  ExpansionSyntaxError,
  InvalidPatternError,
  RequiredVariableError,
  UnsupportedModifierError,
  processWord,
  processWords,
} from '../../../../src/engine/dockerfile/expand';

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('processWord: the modifiers docs.docker.com lists under "Environment replacement"', () => {
  const env = { FOO: 'xxx', BAR: '' };
  it.each([
    ['$FOO', 'xxx'],
    ['${FOO}', 'xxx'],
    ['${FOO}_suffix', 'xxx_suffix'],
    ['$FOO_suffix', ''], // the name runs on: FOO_suffix is undefined
    ['${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', 'xxx bbb ccc'],
    ['${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', 'xxx  ccc'],
    ['${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}', 'aaa  '],
    ['${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}', 'aaa bbb '],
    ['${FOO?aaa}', 'xxx'],
    ['${BAR?bbb}', ''],
    ['${FOO:?aaa}', 'xxx'],
    ['${FOO:-}', 'xxx'],
  ])('%s → %j', (word, expected) => {
    expect(processWord(word, env).result).toBe(expected);
  });

  it('reports matched and unmatched names (BuildKit TestProcessWithMatches)', () => {
    const r = processWord('${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}', env);
    expect(sorted(r.matched)).toEqual(['BAR', 'FOO']);
    expect(sorted(r.unmatched)).toEqual(['BAZ']);
  });
});

describe('processWord: patterns (#, ##, %, %%, /, //), cases from BuildKit lex_test.go', () => {
  it.each([
    ['${FOO#()[]{\\}^$.\\*\\?|\\\\}', { FOO: '()[]{}^$.*?|\\x' }, 'x'],
    ['${FOO%%\\**}', { FOO: 'xx**' }, 'xx'],
    ['${FOO#*x*y}', { FOO: 'xxyy' }, 'y'],
    ['${FOO#*}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO#$BAR}', { FOO: 'xxyy', BAR: 'x' }, 'xyy'],
    ['${FOO#}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO##*x}', { FOO: 'xxyy' }, 'yy'],
    ['${FOO##}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO#?\\?}', { FOO: '???y' }, '?y'],
    ['${ABC:-.}${FOO%x}${ABC:-.}', { FOO: 'xxyy' }, '.xxyy.'],
    ['${FOO%%\\**\\*}', { FOO: 'a***yy*' }, 'a'],
    ['${FOO%}', { FOO: 'xxyy' }, 'xxyy'],
    [
      '${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}',
      { FOO: '/foo*/*/*.txt', NEEDLE: '\\*/' },
      '/foo.*/*.txt - /foo..*.txt',
    ],
    [
      '${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}',
      { FOO: '/tmp/tmp/bar.txt', NEEDLE: '/tmp' },
      '/tmp/bar.txt - /bar.txt',
    ],
    [
      '${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}',
      { FOO: '/a/foo/b/c.txt', NEEDLE: '/?/', REPLACEMENT: '/' },
      '/foo/b/c.txt - /foo/c.txt',
    ],
    [
      '${FOO/$NEEDLE/$REPLACEMENT}',
      { FOO: 'http://google.de', NEEDLE: 'http://', REPLACEMENT: 'https://' },
      'https://google.de',
    ],
    ['${FOO//\\//\\/}', { FOO: '/tmp/foo.txt' }, '\\/tmp\\/foo.txt'],
    ['${FOO/$BAR/ww}', { FOO: 'xxyy', BAR: '' }, 'wwxxyy'],
    ['${FOO///}', { FOO: 'xxyy' }, 'xxyy'],
    ['${FOO///}', {}, ''],
    ['${app%.*}', { app: 'main.tar.gz' }, 'main.tar'],
    ['${app%%.*}', { app: 'main.tar.gz' }, 'main'],
    ['${app#*.}', { app: 'main.tar.gz' }, 'tar.gz'],
    ['${app##*.}', { app: 'main.tar.gz' }, 'gz'],
    ['${FOO//*/x}', { FOO: 'xxyy' }, 'x'], // Go skips the empty match right after a match
  ])('%s with %j → %j', (word, env, expected) => {
    expect(processWord(word, env).result).toBe(expected);
  });

  it('builds release names with nested modifiers (TestProcessWithMatchesPlatform)', () => {
    const word =
      'something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz';
    const env = { VERSION: 'v1.2.3', TARGETOS: 'linux', TARGETARCH: 'arm', TARGETVARIANT: 'v7' };
    expect(processWord(word, env).result).toBe('something-v1.2.3.linux-arm-v7.tar.gz');
    expect(processWord(word, { ...env, TARGETVARIANT: '' }).result).toBe(
      'something-v1.2.3.linux-arm.tar.gz',
    );
  });
});

describe('processWord: quotes and the escape token', () => {
  const env = { FOO: 'a b', PWD: '/home' };
  it.each([
    ["'$FOO'", '$FOO'],
    ['"$FOO"', 'a b'],
    ['\\$FOO', '$FOO'],
    ['"\\$FOO"', '$FOO'],
    ['"\\"x\\""', '"x"'],
    ['"a\\nb"', 'a\\nb'], // inside double quotes \ escapes only " $ and \
    ['a\\ b', 'a b'],
    ['he\\', 'he'], // a trailing escape vanishes
    ['$', '$'],
    ['$ x', '$ x'],
    ['${PWD}/x', '/home/x'],
    ['$1x', 'x'],
  ])('%s → %j', (word, expected) => {
    expect(processWord(word, env).result).toBe(expected);
  });

  it('uses the backtick when # escape=` is in force', () => {
    expect(processWord('`$FOO', { FOO: 'x' }, { escapeToken: '`' }).result).toBe('$FOO');
    expect(processWord('C:\\dir', {}, { escapeToken: '`' }).result).toBe('C:\\dir');
  });

  it('keeps unset variables when skipUnsetEnv is on (RUN display names)', () => {
    const r = processWord('$A ${B} ${C:-x} ${D/a/b}', {}, { skipUnsetEnv: true });
    expect(r.result).toBe('$A ${B} ${C:-x} ${D/a/b}');
  });
});

describe('processWords: splitting after substitution', () => {
  it.each([
    ['hello world', {}, ['hello', 'world']],
    ['"hello world"', {}, ['hello world']],
    ['$FOO x', { FOO: 'a  b' }, ['a', 'b', 'x']],
    ['"$FOO" x', { FOO: 'a  b' }, ['a  b', 'x']],
    ['a\\ b c', {}, ['a b', 'c']],
    ['""', {}, []],
    ['  80/tcp   443 ', {}, ['80/tcp', '443']],
  ])('%s → %j', (word, env, expected) => {
    expect(processWords(word, env)).toEqual(expected);
  });
});

describe('expansion errors carry BuildKit texts', () => {
  const cases: [string, Record<string, string>, new (...a: never[]) => Error, string][] = [
    [
      '${FOO',
      {},
      UnsupportedModifierError,
      'failed to process "${FOO": unsupported modifier (\uFFFD) in substitution',
    ],
    ['${', {}, ExpansionSyntaxError, `failed to process "\${": syntax error: missing '}'`],
    ['${}', {}, ExpansionSyntaxError, 'failed to process "${}": syntax error: bad substitution'],
    [
      '${:x}',
      {},
      ExpansionSyntaxError,
      'failed to process "${:x}": syntax error: bad substitution',
    ],
    [
      '${FOO:-x',
      {},
      ExpansionSyntaxError,
      `failed to process "\${FOO:-x": syntax error: missing '}'`,
    ],
    [
      '${FOO/x',
      {},
      ExpansionSyntaxError,
      `failed to process "\${FOO/x": syntax error: missing '/' in \${}`,
    ],
    [
      '${FOO=aaa}',
      { FOO: 'x' },
      UnsupportedModifierError,
      'failed to process "${FOO=aaa}": unsupported modifier (=) in substitution',
    ],
    [
      '${FOO:=aaa}',
      {},
      UnsupportedModifierError,
      'failed to process "${FOO:=aaa}": unsupported modifier (:=) in substitution',
    ],
    [
      "'abc",
      {},
      ExpansionSyntaxError,
      `failed to process "'abc": unexpected end of statement while looking for matching single-quote`,
    ],
    [
      '"abc',
      {},
      ExpansionSyntaxError,
      'failed to process "\\"abc": unexpected end of statement while looking for matching double-quote',
    ],
    [
      '${BAZ?}',
      {},
      RequiredVariableError,
      'failed to process "${BAZ?}": BAZ: is not allowed to be unset',
    ],
    [
      '${BAR:?}',
      { BAR: '' },
      RequiredVariableError,
      'failed to process "${BAR:?}": BAR: is not allowed to be empty',
    ],
    [
      '${VAR:?message here$ARG}',
      { ARG: 'x' },
      RequiredVariableError,
      'failed to process "${VAR:?message here$ARG}": VAR: message herex',
    ],
    [
      '${FOO#\\x}',
      { FOO: 'a' },
      InvalidPatternError,
      'failed to process "${FOO#\\\\x}": invalid pattern (\\x) in substitution: invalid escape \'\\x\'',
    ],
  ];
  it.each(cases)('%s', (word, env, cls, message) => {
    let caught: unknown;
    try {
      processWord(word, env);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(cls);
    expect((caught as Error).message).toBe(message);
  });
});
