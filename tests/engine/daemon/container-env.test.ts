import { describe, expect, it } from 'vitest';
import { sim } from '../cli/helpers-session';

describe('the environment of a container process', () => {
  it('is PATH, HOSTNAME, then the image Env and -e, then HOME, as moby and runc build it', () => {
    const t = sim(
      'docker pull -q node:24-slim\ndocker run --rm --name n -e FOO=1 node:24-slim env',
    );
    const lines = t.stdout.trim().split('\n').slice(1);
    expect(lines.map((l) => l.split('=')[0])).toEqual([
      'PATH',
      'HOSTNAME',
      'NODE_VERSION',
      'YARN_VERSION',
      'FOO',
      'HOME',
    ]);
    expect(lines[0]).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    expect(lines[1]).toMatch(/^HOSTNAME=[0-9a-f]{12}$/);
    expect(lines.at(-1)).toBe('HOME=/root');
  });

  it('adds TERM=xterm with -t, and hostname prints the short container ID', () => {
    const t = sim('docker pull -q alpine:3.20\ndocker run --rm -t alpine:3.20 env');
    expect(t.stdout).toContain('\nTERM=xterm');
    const h = sim('docker pull -q alpine:3.20\ndocker run --rm alpine:3.20 hostname');
    expect(h.stdout.trim().split('\n').at(-1)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives a uid missing from /etc/passwd group 0 and HOME=/', () => {
    const t = sim(
      'docker pull -q alpine:3.20\ndocker run --rm --user 1234 alpine:3.20 id -g\n' +
        'docker run --rm --user 1234 alpine:3.20 env',
    );
    expect(t.stdout).toContain('\n0\n');
    expect(t.stdout.trim().split('\n').at(-1)).toBe('HOME=/');
  });
});

describe("node's docker-entrypoint.sh", () => {
  it('runs an everyday utility as a command, not as a node script', () => {
    const t = sim('docker pull -q node:24-slim\ndocker run --rm node:24-slim echo hi');
    expect(t.stdout.trim().split('\n').at(-1)).toBe('hi');
    expect(t.stderr).toBe('');
  });

  it('says plainly that node -e is not simulated', () => {
    const t = sim('docker pull -q node:24-slim\ndocker run --rm node:24-slim -e "console.log(1)"');
    expect(t.stderr).toBe(
      "[stagecraft] node: the option '-e' is not simulated here, so nothing ran.\n",
    );
  });
});

describe('id in an Alpine container', () => {
  it("lists root's groups from alpine-baselayout's /etc/group", () => {
    const t = sim('docker pull -q alpine:3.20\ndocker run --rm alpine:3.20 id');
    expect(t.stdout.trim().split('\n').at(-1)).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)',
    );
  });
});
