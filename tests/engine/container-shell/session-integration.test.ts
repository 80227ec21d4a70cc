import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session';
import { drive, pulled } from './drive';

const HOST = 'learner@stagecraft:~/app$ ';

describe('a saved session inside a container shell', () => {
  it('restores at the host prompt; the container is still Up with the files written', () => {
    const s = pulled(['alpine']);
    drive(s, ['docker run -it --name box alpine sh', 'echo saved > /tmp/f', 'cd /tmp']);
    expect(s.prompt()).toBe('/tmp # ');
    const back = Session.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
    expect(back.prompt()).toBe(HOST);
    expect(back.containerShell).toBeUndefined();
    expect(
      drive(back, [
        'docker ps --format "{{.Names}} {{.Status}}"',
        'docker exec box cat /tmp/f',
        'docker exec -it box sh',
        'exit',
      ]),
    ).toBe(
      [
        `${HOST}docker ps --format "{{.Names}} {{.Status}}"`,
        'box Up 3 seconds',
        `${HOST}docker exec box cat /tmp/f`,
        'saved',
        `${HOST}docker exec -it box sh`,
        '/ # exit',
        HOST,
      ].join('\n'),
    );
    // The original session is untouched by saving.
    expect(s.prompt()).toBe('/tmp # ');
  });
});

describe('completion inside a container shell', () => {
  it('completes container commands and paths, not host files', () => {
    const s = pulled(['gcr.io/distroless/base-debian13:debug'], {
      files: { Dockerfile: 'FROM x\n' },
    });
    drive(s, ['docker run -it --rm --entrypoint=sh gcr.io/distroless/base-debian13:debug']);
    expect(s.complete('bus').candidates).toEqual(['busybox']);
    expect(s.complete('cat /bus').candidates).toEqual(['/busybox/']);
    expect(s.complete('cat /busybox/s').candidates).toEqual(['/busybox/sh']);
    expect(s.complete('ls Dock').candidates).toEqual([]);
    expect(s.complete('docker').candidates).toEqual([]);
    s.feed('exit');
    expect(s.complete('ls Dock').candidates).toEqual(['Dockerfile']);
  });
});

describe('typing anything inside a container shell', () => {
  it('never throws and never touches the host workspace', () => {
    const s = pulled(['alpine'], { files: { 'app.txt': 'host\n' } });
    const before = JSON.stringify(s.toJSON().workspace);
    const word = fc.constantFrom(
      'ls',
      'cd',
      'echo',
      'cat',
      'rm',
      '-rf',
      '/',
      '/tmp',
      'x',
      '>',
      '>>',
      '|',
      '&&',
      ';',
      '"',
      "'",
      '$HOME',
      '$(',
      ')',
      'if',
      'then',
      'fi',
      'for',
      'in',
      'do',
      'done',
      'touch',
      'mkdir',
      'id',
      'exit',
      'sh',
      '-c',
      'docker',
      'whoami',
      '`',
      '*',
      '{',
      '}',
      '\\',
      'exec',
    );
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 6 }), { maxLength: 8 }), (lines) => {
        for (const l of lines) {
          // After an `exit`, lines would go to the host shell: re-enter first.
          if (!s.containerShell) s.feed('docker run -it --rm alpine sh');
          s.feed(l.join(' '));
        }
        s.interrupt();
        expect(JSON.stringify(s.toJSON().workspace)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});
