import { describe, expect, it } from 'vitest';
import { drive, newSession, pulled } from './drive';
import { Session } from '../../../src/engine/session';

const DEBUG = 'gcr.io/distroless/base-debian13:debug';
const RUNC =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';
const HOST = 'learner@stagecraft:~/app$ ';

describe('docker run -it with a shell', () => {
  it('debug-nonroot distroless: busybox prompt, its files, uid 65532, / not writable, exit 3', () => {
    const s = pulled([`${DEBUG}-nonroot`]);
    expect(
      drive(s, [
        `docker run -it --name dbg --entrypoint=sh ${DEBUG}-nonroot`,
        'ls /',
        'id',
        'touch /x',
        'echo hi > /y',
        'echo kept > /tmp/note',
        'cd /tmp',
        'cat note',
        'apk add curl',
        'exit 3',
        'echo $?',
        'docker ps -a --format "{{.Names}} {{.Status}}"',
      ]),
    ).toBe(
      [
        `${HOST}docker run -it --name dbg --entrypoint=sh ${DEBUG}-nonroot`,
        '~ $ ls /',
        'bin\nbusybox\netc\nhome\nlib\nlib64\nroot\ntmp\nusr\nvar',
        '~ $ id',
        'uid=65532(nonroot) gid=65532(nonroot) groups=65532(nonroot)',
        '~ $ touch /x',
        'touch: /x: Permission denied',
        '~ $ echo hi > /y',
        "sh: can't create /y: Permission denied",
        '~ $ echo kept > /tmp/note',
        '~ $ cd /tmp',
        '/tmp $ cat note',
        'kept',
        '/tmp $ apk add curl',
        'sh: apk: not found',
        '/tmp $ exit 3',
        `${HOST}echo $?`,
        '3',
        `${HOST}docker ps -a --format "{{.Names}} {{.Status}}"`,
        'dbg Exited (3) 2 seconds ago',
        HOST,
      ].join('\n'),
    );
    expect(s.shell.lastStatus).toBe(0);
  });

  it('the lesson command: root :debug, /busybox/sh via PATH, `/ # ` prompt, --rm removes it', () => {
    const s = pulled([DEBUG]);
    expect(
      drive(s, [
        `docker run -it --rm --entrypoint=sh ${DEBUG}`,
        'which sh',
        'id',
        'exit',
        'docker ps -aq',
      ]),
    ).toBe(
      [
        `${HOST}docker run -it --rm --entrypoint=sh ${DEBUG}`,
        '/ # which sh',
        '/busybox/sh',
        '/ # id',
        'uid=0(root) gid=0(root) groups=0(root)',
        '/ # exit',
        `${HOST}docker ps -aq`,
        HOST,
      ].join('\n'),
    );
  });

  it('the :debug default entrypoint /busybox/sh names itself in errors', () => {
    const s = pulled([DEBUG]);
    expect(drive(s, [`docker run -it --rm ${DEBUG}`, 'nope', 'exit'])).toBe(
      [
        `${HOST}docker run -it --rm ${DEBUG}`,
        '/ # nope',
        '/busybox/sh: nope: not found',
        '/ # exit',
        HOST,
      ].join('\n'),
    );
  });

  it('alpine: `docker run -it --rm alpine sh`, HOME and HOSTNAME from Docker, then exit', () => {
    const s = pulled(['alpine']);
    const out = drive(s, ['docker run -it --rm alpine sh', 'echo $HOME', 'cd', 'whoami', 'exit']);
    expect(out).toBe(
      [
        `${HOST}docker run -it --rm alpine sh`,
        '/ # echo $HOME',
        '/root',
        '/ # cd',
        '~ # whoami',
        'root',
        '~ # exit',
        HOST,
      ].join('\n'),
    );
    expect(s.daemon.containers.list()).toEqual([]);
  });

  it('debian: bash shows root@<12-hex id>, dash shows `# ` and numbers its errors', () => {
    const s = pulled(['debian']);
    const out = drive(s, [
      'docker run -it --name b debian bash',
      'cd /tmp',
      'foo',
      'exit',
      'docker run -it --rm debian sh',
      'foo',
      'foo',
      'exit 1',
    ]);
    const id = s.daemon.containers.require('b').id.slice(0, 12);
    expect(out).toBe(
      [
        `${HOST}docker run -it --name b debian bash`,
        `root@${id}:/# cd /tmp`,
        `root@${id}:/tmp# foo`,
        'bash: foo: command not found',
        `root@${id}:/tmp# exit`,
        `${HOST}docker run -it --rm debian sh`,
        '# foo',
        'sh: 1: foo: not found',
        '# foo',
        'sh: 2: foo: not found',
        '# exit 1',
        HOST,
      ].join('\n'),
    );
    expect(s.shell.lastStatus).toBe(1);
  });

  it('a shell that is not in the image still fails with runc’s exact text', () => {
    const s = pulled(['gcr.io/distroless/base-debian13']);
    let err = '';
    s.on((e) => {
      if (e.type === 'stderr') err += e.text;
    });
    expect(s.feed('docker run -it --rm gcr.io/distroless/base-debian13 sh')).toEqual({
      status: 'done',
      exitCode: 127,
    });
    expect(err).toBe(
      `${RUNC}exec: "sh": executable file not found in $PATH: unknown\n\nRun 'docker run --help' for more information\n`,
    );
    expect(s.prompt()).toBe(HOST);
  });

  it('sh -c and other programs with -it run as before', () => {
    const s = pulled(['alpine']);
    expect(
      drive(s, [
        'docker run -it --rm alpine sh -c "echo one"',
        'docker run -it --rm alpine whoami',
      ]),
    ).toBe(
      [
        `${HOST}docker run -it --rm alpine sh -c "echo one"`,
        'one',
        `${HOST}docker run -it --rm alpine whoami`,
        'root',
        HOST,
      ].join('\n'),
    );
  });

  it('multi-line constructs ask for more with `> `; Ctrl-C drops them', () => {
    const s = pulled(['alpine']);
    drive(s, ['docker run -it --rm alpine sh']);
    expect(s.feed('echo "a')).toEqual({ status: 'more' });
    expect(s.prompt()).toBe('> ');
    expect(s.interrupt()).toBe(130);
    expect(s.prompt()).toBe('/ # ');
    expect(drive(s, ['echo $?', 'if true; then', 'echo yes', 'fi'])).toBe(
      ['/ # echo $?', '130', '/ # if true; then', '> echo yes', '> fi', 'yes', '/ # '].join('\n'),
    );
  });

  it('Ctrl-D (eof) leaves the shell with the last status', () => {
    const s = pulled(['alpine']);
    drive(s, ['docker run -it --name a alpine sh', 'false']);
    expect(s.eof()).toEqual({ status: 'done', exitCode: 1 });
    expect(s.prompt()).toBe(HOST);
    expect(s.daemon.containers.require('a').exitCode).toBe(1);
    expect(s.eof()).toBeUndefined();
  });
});

describe('docker run -i / -t alone', () => {
  it('-i without -t: commands run, no prompt, script-style errors', () => {
    const s = pulled(['alpine']);
    expect(drive(s, ['docker run -i --rm alpine sh', 'echo hi', 'exit'])).toBe(
      [`${HOST}docker run -i --rm alpine sh`, 'echo hi', 'hi', 'exit', HOST].join('\n'),
    );
  });

  it('-t without -i: the prompt shows and waits; Ctrl-C ends the client, the container stays Up', () => {
    const s = pulled(['alpine']);
    expect(drive(s, ['docker run -t --name t alpine sh'])).toBe(
      `${HOST}docker run -t --name t alpine sh\n/ # ${HOST}`,
    );
    expect(s.running).toBeDefined();
    expect(s.interrupt()).toBe(130);
    expect(s.daemon.containers.require('t').state).toBe('running');
  });
});

describe('docker exec -it', () => {
  const files = {
    Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n',
    'server.js': "require('http').createServer(() => {}).listen(3000);\nconsole.log('up');\n",
  };

  it('a file made in one exec is there for the next; exit leaves the container running', () => {
    const s = newSession({ files });
    s.feed('docker build -q -t srv .');
    s.feed('docker run -d --name app srv');
    expect(
      drive(s, [
        'docker exec -it app sh',
        'echo made > /tmp/made',
        'exit',
        'docker exec -it app sh',
        'cat /tmp/made',
        'exit 4',
        'echo $?',
        'docker exec app cat /tmp/made',
        'docker ps --format "{{.Names}} {{.Status}}"',
      ]),
    ).toBe(
      [
        `${HOST}docker exec -it app sh`,
        '/app # echo made > /tmp/made',
        '/app # exit',
        `${HOST}docker exec -it app sh`,
        '/app # cat /tmp/made',
        'made',
        '/app # exit 4',
        `${HOST}echo $?`,
        '4',
        `${HOST}docker exec app cat /tmp/made`,
        'made',
        `${HOST}docker ps --format "{{.Names}} {{.Status}}"`,
        'app Up 9 seconds',
        HOST,
      ].join('\n'),
    );
  });

  it('exec into distroless keeps the exact runc exec error', () => {
    const s = newSession({
      files: {
        Dockerfile:
          'FROM gcr.io/distroless/nodejs24-debian13\nCOPY server.js /\nCMD ["/server.js"]\n',
        'server.js': files['server.js'],
      },
    });
    s.feed('docker build -q -t dl .');
    s.feed('docker run -d --name d dl');
    let err = '';
    s.on((e) => {
      if (e.type === 'stderr') err += e.text;
    });
    expect(s.feed('docker exec -it d sh')).toEqual({ status: 'done', exitCode: 127 });
    expect(err).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown\n',
    );
  });
});

describe('bash prompt hostname', () => {
  it('is the -h hostname up to its first dot, as bash prints \\h', () => {
    const s = new Session({ tty: true });
    s.feed('docker pull -q debian:trixie-slim');
    s.feed('docker run -it --rm -h web.example.org debian:trixie-slim bash');
    expect(s.prompt()).toBe('root@web:/# ');
  });
});
