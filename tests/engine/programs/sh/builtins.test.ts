import { describe, expect, it } from 'vitest';
import { box, sh } from '../helpers';

const debian = () => box('debian:bookworm-slim');

describe('builtins', () => {
  it("cd failures: dash prints can't cd and returns 2, then goes on", () => {
    expect(sh(debian(), 'cd nowhere; echo $?')).toEqual({
      code: 0,
      out: '2\n',
      err: "/bin/sh: 1: cd: can't cd to nowhere\n",
    });
  });

  it('busybox cd adds the reason and returns 1', () => {
    expect(sh(box('alpine:latest'), 'cd /nowhere; echo $?')).toEqual({
      code: 0,
      out: '1\n',
      err: "/bin/sh: cd: can't cd to /nowhere: No such file or directory\n",
    });
  });

  it('cd changes the directory programs see', () => {
    expect(sh(debian(), 'mkdir -p /app/src && cd /app && cd src && pwd && cd .. && ls').out).toBe(
      '/app/src\nsrc\n',
    );
  });

  it('test and [ cover files, strings and numbers', () => {
    const r = sh(
      debian(),
      '[ -f /etc/passwd ] && [ -d /etc ] && [ ! -e /nope ] && [ a = a ] && [ 2 -lt 10 ] && test -z "" && echo ok',
    );
    expect(r.out).toBe('ok\n');
  });

  it('[ without ] and bad numbers are errors with status 2', () => {
    expect(sh(debian(), '[ 1 = 1 ')).toEqual({
      code: 2,
      out: '',
      err: '/bin/sh: 1: [: missing ]\n',
    });
    expect(sh(debian(), 'test 1 -eq a')).toEqual({
      code: 2,
      out: '',
      err: '/bin/sh: 1: test: Illegal number: a\n',
    });
  });

  it('true, false, :, printf, unset, command -v', () => {
    const r = sh(
      debian(),
      'X=1; unset X; printf "%s-%s\\n" a b; : ; command -v echo; command -v apt-get; echo "[$X]"',
    );
    expect(r.out).toBe('a-b\necho\n/usr/bin/apt-get\n[]\n');
  });

  it('export without arguments lists exported variables', () => {
    expect(sh(debian(), 'export A=1; export').out).toContain("export A='1'\n");
  });
});
