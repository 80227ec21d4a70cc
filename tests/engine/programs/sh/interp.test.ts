import { describe, expect, it } from 'vitest';
import { box, sh } from '../helpers';

const debian = () => box('debian:bookworm-slim');
const alpine = () => box('alpine:latest');

describe('sh (dash) control flow', () => {
  it('runs && || ; in order and keeps the last status', () => {
    const r = sh(debian(), 'true && echo a || echo b; false && echo c || echo d; false');
    expect(r).toEqual({ code: 1, out: 'a\nd\n', err: '' });
  });

  it('prints not found with dash line numbers and exits 127', () => {
    const r = sh(debian(), 'echo a\nfoo bar');
    expect(r.code).toBe(127);
    expect(r.err).toBe('/bin/sh: 2: foo: not found\n');
  });

  it('uses the busybox wording on Alpine', () => {
    const r = sh(alpine(), 'foo');
    expect(r).toEqual({ code: 127, out: '', err: '/bin/sh: foo: not found\n' });
  });

  it('set -e stops at the first failure, but not inside && lists or if conditions', () => {
    expect(sh(debian(), 'set -e; false; echo no')).toEqual({ code: 1, out: '', err: '' });
    expect(sh(debian(), 'set -e; false || echo ok; if false; then :; fi; echo end').out).toBe(
      'ok\nend\n',
    );
  });

  it('set -x traces expanded words the way dash prints them', () => {
    const r = sh(debian(), 'set -x; echo "a b" c');
    expect(r.err).toBe('+ echo a b c\n');
    expect(r.out).toBe('a b c\n');
  });

  it('exit sets the status and stops', () => {
    expect(sh(debian(), 'exit 3; echo no')).toEqual({ code: 3, out: '', err: '' });
  });

  it('if/elif/else and for loops', () => {
    const r = sh(
      debian(),
      'if [ -d /nope ]; then echo 1; elif [ -d /etc ]; then echo 2; else echo 3; fi; for x in a b; do echo $x; done',
    );
    expect(r.out).toBe('2\na\nb\n');
  });

  it('subshells do not leak cd or variables; groups do', () => {
    const r = sh(debian(), 'X=1; (cd /etc; X=2); echo $X $PWD; { cd /etc; }; pwd');
    expect(r.out).toBe('1 /\n/etc\n');
  });

  it('pipes feed the left side output to head', () => {
    const r = sh(debian(), 'printf "1\\n2\\n3\\n" | head -n 2');
    expect(r.out).toBe('1\n2\n');
  });
});

describe('sh quoting and expansion', () => {
  it('single, double quotes and backslashes', () => {
    const r = sh(debian(), `X=world; echo 'a $X' "b $X" c\\ d "\\$X"`);
    expect(r.out).toBe('a $X b world c d $X\n');
  });

  it('${VAR}, defaults, lengths and trimming', () => {
    const r = sh(debian(), 'V=file.tar.gz; echo ${V} ${U:-def} ${#V} ${V%%.*} ${V#*.}');
    expect(r.out).toBe('file.tar.gz def 11 file tar.gz\n');
  });

  it('prefix assignments reach the program environment only', () => {
    const r = sh(debian(), 'A=1 env | grep -c A= ; echo "[$A]"');
    // grep is not simulated in this image: say so instead of faking a count.
    expect(r.out).toBe('[]\n');
  });

  it('export makes variables visible to programs', () => {
    const r = sh(debian(), 'export GREETING=hi; env');
    expect(r.out).toContain('GREETING=hi\n');
  });

  it('command substitution and arithmetic', () => {
    expect(sh(debian(), 'echo "$(echo in)side $((2 + 3 * 4))"').out).toBe('inside 14\n');
  });

  it('unquoted expansions are split; quoted ones are not', () => {
    expect(sh(debian(), 'X="a  b"; for w in $X; do echo "<$w>"; done; echo "<$X>"').out).toBe(
      '<a>\n<b>\n<a  b>\n',
    );
  });

  it('globs match files; unmatched globs stay literal', () => {
    const b = debian();
    sh(b, 'mkdir -p /w && touch /w/a.txt /w/b.txt /w/.h');
    expect(sh(b, 'echo /w/*.txt /w/*.md').out).toBe('/w/a.txt /w/b.txt /w/*.md\n');
  });

  it('dash echo interprets backslash escapes; busybox echo does not without -e', () => {
    expect(sh(debian(), 'echo "a\\nb"').out).toBe('a\nb\n');
    expect(sh(alpine(), 'echo "a\\nb"; echo -e "c\\nd"').out).toBe('a\\nb\nc\nd\n');
  });
});

describe('sh redirections and heredocs', () => {
  it('> and >> write files; 2>&1 merges stderr', () => {
    const b = debian();
    const r = sh(b, 'echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f; nope 2>&1 | head -n 1');
    expect(r.out).toBe('one\ntwo\n/bin/sh: 1: nope: not found\n');
    expect(b.vfs.readFile('/tmp/f')).toBe('one\ntwo\n');
  });

  it('heredocs expand unless the delimiter is quoted', () => {
    const b = debian();
    sh(b, "cat > /tmp/a <<EOF\nhome=$HOME\nEOF\ncat > /tmp/b <<'EOF'\nhome=$HOME\nEOF");
    expect(b.vfs.readFile('/tmp/a')).toBe('home=/root\n');
    expect(b.vfs.readFile('/tmp/b')).toBe('home=$HOME\n');
  });

  it('reports redirections it cannot create the way dash does', () => {
    expect(sh(debian(), 'echo > /nope/x')).toEqual({
      code: 2,
      out: '',
      err: '/bin/sh: 1: cannot create /nope/x: Directory nonexistent\n',
    });
    expect(sh(debian(), 'cat < /nofile').err).toBe(
      '/bin/sh: 1: cannot open /nofile: No such file\n',
    );
  });

  it('/dev/null swallows output', () => {
    expect(sh(debian(), 'nope 2>/dev/null; echo $?').out).toBe('127\n');
  });
});

describe('sh syntax errors', () => {
  const cases: [string, string][] = [
    ['echo "abc', '/bin/sh: 1: Syntax error: Unterminated quoted string\n'],
    ['echo a &&', '/bin/sh: 1: Syntax error: end of file unexpected\n'],
    ['echo a && && b', '/bin/sh: 1: Syntax error: "&&" unexpected\n'],
    ['fi', '/bin/sh: 1: Syntax error: "fi" unexpected\n'],
    ['if true; then', '/bin/sh: 1: Syntax error: end of file unexpected (expecting "fi")\n'],
    [')', '/bin/sh: 1: Syntax error: ")" unexpected\n'],
    ['echo ${x', "/bin/sh: 1: Syntax error: Missing '}'\n"],
  ];
  for (const [line, err] of cases) {
    it(`dash: ${line}`, () => expect(sh(debian(), line)).toEqual({ code: 2, out: '', err }));
  }

  it('busybox wording', () => {
    expect(sh(alpine(), 'echo a && && b').err).toBe('/bin/sh: syntax error: unexpected "&&"\n');
  });

  it('says plainly that while loops are not simulated', () => {
    expect(sh(debian(), 'while true; do :; done')).toEqual({
      code: 2,
      out: '',
      err: "[stagecraft] the shell keyword 'while' is not simulated here; rewrite the line without it.\n",
    });
  });
});
