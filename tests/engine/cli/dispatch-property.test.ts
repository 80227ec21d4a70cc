import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Daemon, daemonToJson } from '../../../src/engine/daemon';
import { dispatch } from '../../../src/engine/cli/dispatch';
import { pullImage } from '../../../src/engine/daemon/pull';
import { Vfs } from '../../../src/engine/fs';

function ctx(daemon: Daemon) {
  let stderr = '';
  return {
    get stderr() {
      return stderr;
    },
    c: {
      daemon,
      host: { fs: Vfs.create(), cwd: '/', env: {} },
      term: { tty: false, width: 80, color: false },
      out: { stdout: () => {}, stderr: (t: string) => (stderr += t) },
    },
  };
}

const word = fc.oneof(
  fc.constantFrom(
    'images',
    'rmi',
    'run',
    'ps',
    'pull',
    'tag',
    'rm',
    'stop',
    'logs',
    'history',
    'inspect',
    'push',
    '-a',
    '-q',
    '--foo',
    '-f',
    '--format',
    '--',
    'alpine',
    'node:22',
    '\u00e9\u00e8',
    '"',
    "'",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

describe('dispatch over random command lines', () => {
  it('never throws; failures print something and leave state unchanged', () => {
    const daemon = new Daemon();
    pullImage(daemon, 'alpine', false);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => {
        const before = JSON.stringify(daemonToJson(daemon));
        const { c, stderr: _ } = ctx(daemon);
        const probe = ctx(daemon);
        const r = dispatch(probe.c, argv);
        void c;
        if (r.exitCode !== 0 && !argv.includes('rm') && !argv.includes('rmi')) {
          expect(probe.stderr.length).toBeGreaterThan(0);
        }
        // rm, rmi, stop and start act on each argument in turn, as Docker does: with exit 1
        // some may have succeeded (`docker rmi nope alpine` removes alpine, then fails), so
        // only their usage errors (125) must leave the state alone.
        const perArgument = ['rm', 'rmi', 'stop', 'start'].includes(argv[0] ?? '');
        const partial = perArgument && r.exitCode === 1;
        if (r.exitCode !== 0 && argv[0] !== 'run' && !partial) {
          expect(JSON.stringify(daemonToJson(daemon))).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("unknown flags get docker's usage error for every command", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'images',
          'rmi',
          'ps',
          'pull',
          'tag',
          'rm',
          'stop',
          'logs',
          'history',
          'push',
          'start',
        ),
        fc.stringMatching(/^[a-z]{3,10}$/),
        (cmd, flag) => {
          fc.pre(
            ![
              'all',
              'quiet',
              'force',
              'digests',
              'format',
              'filter',
              'tree',
              'size',
              'latest',
              'last',
              'signal',
              'timeout',
              'attach',
              'details',
              'follow',
              'since',
              'tail',
              'until',
              'human',
              'platform',
              'link',
              'volumes',
              'interactive',
            ].some((f) => f.startsWith(flag)),
          );
          const daemon = new Daemon();
          const p = ctx(daemon);
          const r = dispatch(p.c, [cmd, `--${flag}`]);
          expect(r.exitCode).toBe(125);
          expect(p.stderr).toMatch(
            new RegExp(
              `^unknown flag: --${flag}\\n\\nUsage:  docker ${cmd} .*\\n\\nRun 'docker ${cmd} --help' for more information\\n$`,
            ),
          );
        },
      ),
    );
  });

  it('a 100 KB line is handled without throwing', () => {
    const daemon = new Daemon();
    const p = ctx(daemon);
    const r = dispatch(p.c, ['rmi', 'x'.repeat(100_000)]);
    expect(r.exitCode).toBe(1);
    expect(p.stderr.startsWith('Error response from daemon: No such image: ')).toBe(true);
  });
});
