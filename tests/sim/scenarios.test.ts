/** Scenarios through `npm run sim` with piped stdin, as a learner would type them. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isRegistered } from '../../src/engine/cli/registry';

const builderAvailable = isRegistered('build');

function sim(script: string, ...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/sim.ts', ...args], {
    input: script,
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('npm run sim (piped)', () => {
  it.skipIf(!builderAvailable)('builds a single-stage image and lists it', () => {
    const r = sim(
      'docker build -q -t single .\ndocker images --format "{{.Repository}}:{{.Tag}}"',
      '--dir',
      'tests/fixtures/sim/single',
      '--profile',
      'docker28',
    );
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\nsingle:latest\n$/);
    expect(r.status).toBe(0);
  });

  it.skipIf(!builderAvailable)('a multi-stage build keeps only the final stage as an image', () => {
    const r = sim(
      'docker build -q -t multi .\ndocker images --format "{{.Repository}}:{{.Tag}}"',
      '--dir',
      'tests/fixtures/sim/multi',
    );
    expect(r.stdout).toMatch(/^sha256:[0-9a-f]{64}\nmulti:latest\n$/);
  });

  it('docker run <distroless> sh fails with 127; the :debug variant runs', () => {
    const bad = sim('docker run --rm gcr.io/distroless/static-debian12 sh');
    expect(bad.stderr).toContain(
      'exec: "sh": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n',
    );
    expect(bad.status).toBe(127);
    const ok = sim(
      'docker run --rm --entrypoint=sh gcr.io/distroless/static-debian12:debug -c "echo hi"',
    );
    expect(ok.status).toBe(0);
  });

  it('rmi conflict, exit 1', () => {
    const r = sim(
      'docker pull -q alpine\ndocker run alpine true\ndocker rmi alpine',
      '--profile',
      'docker28',
    );
    expect(r.stderr).toMatch(
      /conflict: unable to remove repository reference "alpine" \(must force\)/,
    );
    expect(r.status).toBe(1);
  });

  it('push denied, then allowed after login and tag', () => {
    const r = sim(
      'docker pull -q alpine\ndocker push alpine\ndocker login -u learner -p x\ndocker tag alpine learner/alpine\ndocker push learner/alpine',
    );
    expect(r.stderr).toContain(
      'push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n',
    );
    expect(r.stdout).toMatch(/latest: digest: sha256:[0-9a-f]{64} size: \d+\n$/);
    expect(r.status).toBe(0);
  });

  it('keeps --parse-dump working', () => {
    const r = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/sim.ts', '--parse-dump', 'tests/fixtures/sim/single/Dockerfile'],
      { encoding: 'utf8' },
    );
    expect(r.stdout).toBe(
      '(from "alpine")\n(copy "hello.txt" "/hello.txt")\n(cmd "cat" "/hello.txt")\n',
    );
  });
});
