import { describe, expect, it } from 'vitest';
import { box, sh } from '../helpers';

const debian = () => box('debian:bookworm-slim');
const NOBODY = { user: { uid: 65534, gid: 65534 } };

describe('GNU coreutils texts (captured with LC_ALL=C)', () => {
  const cases: [string, string, number][] = [
    ['cp x y', "cp: cannot stat 'x': No such file or directory\n", 1],
    ['mkdir d; cp d e', "cp: -r not specified; omitting directory 'd'\n", 1],
    ['rm x', "rm: cannot remove 'x': No such file or directory\n", 1],
    ['mkdir d; rm d', "rm: cannot remove 'd': Is a directory\n", 1],
    ['mkdir d; mkdir d', "mkdir: cannot create directory 'd': File exists\n", 1],
    ['mkdir a/b', "mkdir: cannot create directory 'a/b': No such file or directory\n", 1],
    ['mv x y', "mv: cannot stat 'x': No such file or directory\n", 1],
    ['ls x', "ls: cannot access 'x': No such file or directory\n", 2],
    ['cat x', 'cat: x: No such file or directory\n', 1],
    ['mkdir d; cat d', 'cat: d: Is a directory\n', 1],
    ['chmod 755 x', "chmod: cannot access 'x': No such file or directory\n", 1],
    ['mkdir d; chown foo d', "chown: invalid user: 'foo'\n", 1],
    ['touch a/b', "touch: cannot touch 'a/b': No such file or directory\n", 1],
  ];
  for (const [cmd, err, code] of cases) {
    it(cmd, () => expect(sh(debian(), `cd /tmp && ${cmd}`)).toEqual({ code, out: '', err }));
  }
});

describe('non-root users and root-owned paths', () => {
  const cases: [string, string][] = [
    ['mkdir /usr/x', "mkdir: cannot create directory '/usr/x': Permission denied\n"],
    ['mkdir -p /usr/x/y', "mkdir: cannot create directory '/usr/x': Permission denied\n"],
    ['touch /usr/x', "touch: cannot touch '/usr/x': Permission denied\n"],
    ['rm /usr/bin/dash', "rm: cannot remove '/usr/bin/dash': Permission denied\n"],
    ['cp /etc/passwd /usr/h', "cp: cannot create regular file '/usr/h': Permission denied\n"],
    ['chmod 777 /usr', "chmod: changing permissions of '/usr': Operation not permitted\n"],
    ['chown 1 /tmp', "chown: changing ownership of '/tmp': Operation not permitted\n"],
    ['ls /root', "ls: cannot open directory '/root': Permission denied\n"],
    ['mv /etc/passwd /tmp/p', "mv: cannot move '/etc/passwd' to '/tmp/p': Permission denied\n"],
  ];
  for (const [cmd, err] of cases) {
    it(cmd, () => expect(sh(debian(), cmd, NOBODY).err).toBe(err));
  }

  it('redirection into a root-owned directory', () => {
    expect(sh(debian(), 'echo > /usr/z', NOBODY)).toEqual({
      code: 2,
      out: '',
      err: '/bin/sh: 1: cannot create /usr/z: Permission denied\n',
    });
  });

  it('cd into /root (mode 700)', () => {
    expect(sh(debian(), 'cd /root', NOBODY).err).toBe("/bin/sh: 1: cd: can't cd to /root\n");
  });

  it('rm -rf reports every entry it cannot remove and keeps the tree', () => {
    const b = debian();
    sh(b, 'mkdir -p /data/sub && touch /data/a /data/sub/b');
    const r = sh(b, 'rm -rf /data', NOBODY);
    expect(r.err).toBe(
      "rm: cannot remove '/data/a': Permission denied\nrm: cannot remove '/data/sub/b': Permission denied\n",
    );
    expect(b.vfs.exists('/data/sub/b')).toBe(true);
  });

  it('works in /tmp (1777)', () => {
    expect(sh(debian(), 'mkdir /tmp/mine && touch /tmp/mine/f && ls /tmp/mine', NOBODY)).toEqual({
      code: 0,
      out: 'f\n',
      err: '',
    });
  });
});

describe('busybox texts', () => {
  it("uses can't and busybox forms", () => {
    const r = sh(box('alpine:latest'), 'cd /tmp; cp x y; rm x; mkdir /tmp/a/b; cat x; ls x');
    expect(r.err).toBe(
      "cp: can't stat 'x': No such file or directory\n" +
        "rm: can't remove 'x': No such file or directory\n" +
        "mkdir: can't create directory '/tmp/a/b': No such file or directory\n" +
        "cat: can't open 'x': No such file or directory\n" +
        'ls: x: No such file or directory\n',
    );
  });
});

describe('file operations', () => {
  it('cp -r copies trees into an existing directory; mv renames', () => {
    const b = debian();
    const r = sh(
      b,
      'mkdir -p /src/a && echo hi > /src/a/f && mkdir /dst && cp -r /src /dst && mv /dst/src/a/f /dst/g && cat /dst/g && ls /dst /dst/src/a',
    );
    expect(r).toEqual({ code: 0, out: 'hi\n/dst:\ng\nsrc\n\n/dst/src/a:\n', err: '' });
  });

  it('rm -rf of a glob empties a directory (the apt lists clean-up)', () => {
    const b = debian();
    sh(b, 'touch /var/lib/apt/lists/a /var/lib/apt/lists/b && rm -rf /var/lib/apt/lists/*');
    expect(b.vfs.readdir('/var/lib/apt/lists')).toEqual([]);
  });

  it('rm refuses / without --no-preserve-root', () => {
    expect(sh(debian(), 'rm -rf /').err).toBe(
      "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
    );
  });

  it('chmod +x and octal, chown user:group from /etc/passwd', () => {
    const b = debian();
    sh(b, 'touch /tmp/s && chmod +x /tmp/s && chown www-data:nogroup /tmp/s');
    const n = b.vfs.stat('/tmp/s');
    expect([n.mode, n.uid, n.gid]).toEqual([0o755, 33, 65534]);
  });

  it('ls -l prints GNU long format', () => {
    const b = debian();
    sh(b, 'mkdir /w && printf hello > /w/f && ln -s f /w/l');
    expect(sh(b, 'ls -l /w').out).toBe(
      'total 4\n-rw-r--r-- 1 root root 5 Jan  1 00:00 f\nlrwxrwxrwx 1 root root 1 Jan  1 00:00 l -> f\n',
    );
    expect(sh(b, 'ls -a /w').out).toBe('.\n..\nf\nl\n');
  });

  it('whoami reads /etc/passwd', () => {
    expect(sh(debian(), 'whoami', { user: { uid: 33, gid: 33 } }).out).toBe('www-data\n');
  });
});
