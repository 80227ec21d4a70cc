import { describe, expect, it } from 'vitest';
import type { Session } from '../../../src/engine';
import { holds, isRootUser, type LastCommand } from '../../../src/lib/scenarios/conditions';
import { loadScenario } from '../../../src/lib/scenarios/load';
import { createScenarioSession, runLines } from '../../../src/lib/scenarios/session';
import type { Condition } from '../../../src/schemas/scenario';

const demo = loadScenario('01-demo/demo', 'tests/fixtures/scenarios');

/** The demo scenario after `docker build -t demo:alpine .` */
function built(): { session: Session; last: LastCommand } {
  const session = createScenarioSession(demo);
  const last = runLines(session, ['docker build -t demo:alpine .'])!;
  return { session, last };
}

const check = (c: Condition, ctx: { session: Session; last?: LastCommand }) => holds(c, ctx);

describe('image conditions', () => {
  const ctx = built();
  it('holds for an existing image, by any spelling of its reference', () => {
    expect(check({ image: 'demo:alpine' }, ctx)).toBe(true);
    expect(check({ image: 'docker.io/library/demo:alpine' }, ctx)).toBe(true);
    expect(check({ image: 'demo:other' }, ctx)).toBe(false);
    expect(check({ image: 'alpine:3.24' }, ctx)).toBe(true);
  });
  it('checks the size in MB (1,000,000 bytes)', () => {
    const size = ctx.session.daemon.images.get('demo:alpine')!.size / 1e6;
    expect(check({ image: 'demo:alpine', maxSizeMB: Math.ceil(size) }, ctx)).toBe(true);
    expect(check({ image: 'demo:alpine', maxSizeMB: Math.floor(size) - 1 }, ctx)).toBe(false);
    expect(check({ image: 'demo:alpine', minSizeMB: Math.floor(size) }, ctx)).toBe(true);
    expect(check({ image: 'demo:alpine', minSizeMB: Math.ceil(size) + 1 }, ctx)).toBe(false);
  });
  it('checks for a shell', () => {
    expect(check({ image: 'demo:alpine', hasShell: true }, ctx)).toBe(true);
    expect(check({ image: 'demo:alpine', hasShell: false }, ctx)).toBe(false);
    runLines(ctx.session, ['docker pull gcr.io/distroless/static-debian13:nonroot']);
    expect(
      check({ image: 'gcr.io/distroless/static-debian13:nonroot', hasShell: false }, ctx),
    ).toBe(true);
  });
  it('checks the user: root, nonroot (anyone but root) or an exact USER', () => {
    expect(check({ image: 'demo:alpine', user: 'nonroot' }, ctx)).toBe(true);
    expect(check({ image: 'demo:alpine', user: '1000' }, ctx)).toBe(true);
    expect(check({ image: 'demo:alpine', user: 'root' }, ctx)).toBe(false);
    expect(check({ image: 'alpine:3.24', user: 'root' }, ctx)).toBe(true);
    expect(check({ image: 'alpine:3.24', user: 'nonroot' }, ctx)).toBe(false);
    expect([isRootUser(''), isRootUser('0'), isRootUser('root:root'), isRootUser('node')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
  it('checks the base of the final stage by its reference prefix', () => {
    expect(check({ image: 'demo:alpine', base: 'alpine:3' }, ctx)).toBe(true);
    expect(check({ image: 'demo:alpine', base: 'docker.io/library/alpine' }, ctx)).toBe(true);
    expect(check({ image: 'demo:alpine', base: 'node:' }, ctx)).toBe(false);
    expect(check({ image: 'demo:alpine', base: 'gcr.io/distroless/' }, ctx)).toBe(false);
  });
  it('noImage holds only while the image is absent', () => {
    expect(check({ noImage: 'demo:other' }, ctx)).toBe(true);
    expect(check({ noImage: 'demo:alpine' }, ctx)).toBe(false);
  });
});

describe('container conditions', () => {
  const ctx = built();
  runLines(ctx.session, ['docker run --name shown demo:alpine']);
  it('finds a container by name or by the image it ran', () => {
    expect(check({ container: 'shown' }, ctx)).toBe(true);
    expect(check({ container: 'demo:alpine' }, ctx)).toBe(true);
    expect(check({ container: 'other' }, ctx)).toBe(false);
  });
  it('checks state, exit code and logs', () => {
    expect(check({ container: 'shown', state: 'exited', exitCode: 0 }, ctx)).toBe(true);
    expect(check({ container: 'shown', state: 'running' }, ctx)).toBe(false);
    expect(check({ container: 'shown', exitCode: 1 }, ctx)).toBe(false);
    expect(check({ container: 'shown', logsInclude: 'node ' }, ctx)).toBe(true);
    expect(check({ container: 'shown', logsInclude: 'nothing like this' }, ctx)).toBe(false);
  });
});

describe('file conditions', () => {
  const session = createScenarioSession(demo);
  it('looks in the workspace', () => {
    expect(holds({ file: 'Dockerfile' }, { session })).toBe(true);
    expect(holds({ file: './src/message.txt', contains: 'node' }, { session })).toBe(true);
    expect(holds({ file: 'Dockerfile', contains: 'FROM node' }, { session })).toBe(false);
    expect(holds({ file: 'missing.txt' }, { session })).toBe(false);
    expect(holds({ file: 'missing.txt', exists: false }, { session })).toBe(true);
    expect(holds({ file: 'Dockerfile', exists: false }, { session })).toBe(false);
    expect(holds({ file: 'src', contains: 'x' }, { session })).toBe(false);
  });
});

describe('lastCommand conditions', () => {
  const session = createScenarioSession(demo);
  const last = runLines(session, ['docker image inspect nothing'])!;
  it('matches the line, the exit code and the output', () => {
    expect(last.exitCode).toBe(1);
    expect(holds({ lastCommand: { matches: '^docker image inspect' } }, { session, last })).toBe(
      true,
    );
    expect(holds({ lastCommand: { matches: '^docker build' } }, { session, last })).toBe(false);
    expect(holds({ lastCommand: { exitCode: 1 } }, { session, last })).toBe(true);
    expect(holds({ lastCommand: { exitCode: 0 } }, { session, last })).toBe(false);
    expect(
      holds({ lastCommand: { outputIncludes: 'No such image: nothing' } }, { session, last }),
    ).toBe(true);
  });
  it('never holds before the first command', () => {
    expect(holds({ lastCommand: { exitCode: 0 } }, { session })).toBe(false);
  });
});
