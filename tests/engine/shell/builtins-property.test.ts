import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session';

const BUILTINS = ['ls', 'cat', 'cd', 'mkdir', 'mkdir -p', 'touch', 'rm', 'rm -rf', 'tree', 'pwd'];
const PATHS = ['/app/x', '/', '..', 'a/b/c', 'Dockerfile', '/etc/passwd/x', '~', '.', 'a.txt/b'];

describe('host shell builtins', () => {
  it('touch under a missing directory says so in GNU words', () => {
    const s = new Session({ tty: false });
    let err = '';
    s.on((e) => {
      if (e.type === 'stderr') err += e.text;
    });
    expect(s.feed('touch /app/x')).toMatchObject({ status: 'done', exitCode: 1 });
    expect(err).toBe("touch: cannot touch '/app/x': No such file or directory\n");
  });

  it('never throw out of feed, whatever paths they are given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...BUILTINS), fc.constantFrom(...PATHS)), {
          maxLength: 12,
        }),
        (lines) => {
          const s = new Session({ tty: false, files: { 'a.txt': 'x', Dockerfile: 'FROM alpine' } });
          for (const [cmd, path] of lines) {
            const r = s.feed(`${cmd} ${path}`);
            expect(r.status).toBe('done');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
