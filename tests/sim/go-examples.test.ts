/**
 * The Go examples: cgo is on in the Debian golang image, so a net/http program links glibc
 * dynamically. What that does on distroless/static, base-debian12 and base-debian13.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { versions } from '../../src/engine/images/versions';
import { FIXTURES, FOREGROUND, maskIds, simIn } from './helpers';

const LOG_LINE = '2024/01/01 00:00:00 myapp listening on :8080\n';

describe('Go on distroless', () => {
  it('the fixtures build on the current golang image', () => {
    for (const f of ['Dockerfile', 'Dockerfile.static'])
      expect(readFileSync(`${FIXTURES}/go-cgo/${f}`, 'utf8')).toContain(
        `FROM golang:${versions.go.current} AS build\n`,
      );
  });

  it('without CGO_ENABLED=0 on static-debian13: runc cannot find the ELF loader, exit 255', () => {
    const r = simIn('go-cgo', 'docker build -q -t cgo .\ndocker run --name c cgo\ndocker ps -a\n');
    expect(r.stderr).toBe('exec /app/myapp: no such file or directory\n');
    expect(maskIds(r.stdout)).toBe(
      'sha256:<digest>\n' +
        'CONTAINER ID   IMAGE     COMMAND        CREATED        STATUS                      PORTS     NAMES\n' +
        '<id>   cgo       "/app/myapp"   1 second ago   Exited (255) 1 second ago             c\n',
    );
    expect(r.status).toBe(0);
    expect(simIn('go-cgo', 'docker build -q -t cgo .\ndocker run --rm cgo\n').status).toBe(255);
  });

  it('with CGO_ENABLED=0: it logs its first line, stays Up, and docker stop ends it', () => {
    const r = simIn(
      'go-cgo',
      'docker build -q -t static -f Dockerfile.static .\ndocker run -d --name app static\ndocker ps\ndocker logs app\ndocker stop app\ndocker ps -a\n',
    );
    expect(r.stderr).toBe(LOG_LINE);
    const lines = maskIds(r.stdout).split('\n');
    expect(lines.slice(0, 2)).toEqual(['sha256:<digest>', '<digest>']);
    expect(lines.slice(2, 4)).toEqual([
      'CONTAINER ID   IMAGE     COMMAND        CREATED        STATUS        PORTS     NAMES',
      '<id>   static    "/app/myapp"   1 second ago   Up 1 second             app',
    ]);
    expect(lines[4]).toBe('app');
    // uncertain: the exit code after docker stop. The simulator reports 137 (SIGKILL after the
    // 10 s grace period); a Go PID 1 without a SIGTERM handler may instead exit by itself.
    // Only "Exited" is pinned here.
    expect(lines[6]).toMatch(/^<id> {3}static {4}"\/app\/myapp" {3}.+ {3}Exited \(\d+\) .+ app$/);
  });

  it("the brief's golang:1.16 (buster, glibc 2.28) → distroless/base (debian13, 2.41) runs", () => {
    // A binary linked on an OLDER glibc runs on a newer one: glibc keeps every old symbol
    // version. So the brief's example works by luck, as long as base floats forward.
    const r = simIn(
      'go-cgo',
      'docker build -q -t brief -f Dockerfile.brief .\ndocker run --rm brief\n',
    );
    expect(r.stderr).toBe(LOG_LINE + FOREGROUND);
    expect(r.status).toBe(0);
  });

  it('the opposite case: built on trixie (2.41), run on base-debian12 (2.36) → GLIBC_2.38', () => {
    const r = simIn(
      'go-cgo',
      'docker build -q -t glibc -f Dockerfile.glibc .\ndocker run --rm glibc\n',
    );
    expect(r.stderr).toBe(
      "/app/myapp: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by /app/myapp)\n",
    );
    expect(r.status).toBe(127);
  });

  it('the same trixie build on base-debian13 (same glibc) runs', () => {
    const r = simIn(
      'go-cgo',
      'docker build -q -t ok -f Dockerfile.glibc13 .\ndocker run --rm ok\n',
    );
    expect(r.stderr).toBe(LOG_LINE + FOREGROUND);
  });
});
