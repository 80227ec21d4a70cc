/**
 * `docker run --read-only` and `--tmpfs` (Stagecraft issue #5): writes outside a tmpfs fail with
 * the kernel's EROFS text in each tool's own wording, servers that write nothing keep running,
 * and `docker inspect` records both in HostConfig.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/lib/scenarios/load';
import { FsError } from '../../../src/engine/fs';
import { simIn } from '../../sim/helpers';
import { sim } from './helpers-session';

const pulled = (image: string, lines: string) => sim(`docker pull -q ${image}\n${lines}`);

describe('docker run --read-only', () => {
  it('EROFS is an FsError with the kernel text', () => {
    const e = new FsError('EROFS', '/x');
    expect(e.message).toBe('Read-only file system: /x');
    expect(e.strerror).toBe('Read-only file system');
  });

  it('busybox touch, mkdir and an ash redirection fail, even as root', () => {
    const r = pulled(
      'alpine',
      [
        'docker run --rm --read-only alpine touch /x',
        'docker run --rm --read-only alpine mkdir /y',
        "docker run --rm --read-only alpine sh -c 'echo hi > /x'",
        'docker run --rm --read-only alpine cp /etc/alpine-release /etc/copy',
      ].join('\n'),
    );
    expect(r.stderr).toBe(
      'touch: /x: Read-only file system\n' +
        "mkdir: can't create directory '/y': Read-only file system\n" +
        "sh: can't create /x: Read-only file system\n" +
        "cp: can't create '/etc/copy': Read-only file system\n",
    );
    expect(r.status).toBe(1);
  });

  it('GNU touch and a dash redirection on Debian', () => {
    const r = pulled(
      'debian',
      "docker run --rm --read-only debian touch /x\ndocker run --rm --read-only debian sh -c 'echo hi > /x'",
    );
    expect(r.stderr).toBe(
      "touch: cannot touch '/x': Read-only file system\nsh: 1: cannot create /x: Read-only file system\n",
    );
    expect(r.status).toBe(2);
  });

  it('reading still works, and without --read-only the same write succeeds', () => {
    const r = pulled(
      'alpine',
      'docker run --rm --read-only alpine cat /etc/alpine-release\ndocker run --rm alpine touch /x',
    );
    expect(r.stdout).toMatch(/^docker\.io\/library\/alpine:latest\n\d+\.\d+\.\d+\n$/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('--tmpfs /tmp is an empty, writable (1777) directory under --read-only', () => {
    const r = pulled(
      'alpine',
      "docker run --rm --read-only --tmpfs /tmp alpine sh -c 'echo hi > /tmp/x && cat /tmp/x && ls -ld /tmp && ls /tmp'",
    );
    expect(r.stdout).toMatch(
      /^docker\.io\/library\/alpine:latest\nhi\ndrwxrwxrwt {4}1 root {5}root {10}4096 .+ \/tmp\nx\n$/,
    );
    expect(r.status).toBe(0);
  });

  it('--tmpfs /run:rw,size=64m: writable there, read-only elsewhere; inspect records both', () => {
    const r = pulled(
      'alpine',
      [
        "docker run --name c --read-only --tmpfs /run:rw,size=64m alpine sh -c 'touch /run/ok && touch /nope'",
        "docker inspect -f '{{.HostConfig.ReadonlyRootfs}} {{json .HostConfig.Tmpfs}}' c",
        "docker run --name plain alpine true\ndocker inspect -f '{{.HostConfig.ReadonlyRootfs}}' plain",
      ].join('\n'),
    );
    expect(r.stderr).toBe('touch: /nope: Read-only file system\n');
    expect(r.stdout).toBe('docker.io/library/alpine:latest\ntrue {"/run":"rw,size=64m"}\nfalse\n');
  });

  it('a relative --tmpfs path is refused, exit 125', () => {
    const r = pulled('alpine', 'docker run --rm --tmpfs tmp alpine true');
    expect(r.stderr).toBe(
      "docker: Error response from daemon: invalid mount path: 'tmp' mount path must be absolute\n\nRun 'docker run --help' for more information\n",
    );
    expect(r.status).toBe(125);
  });

  it('a Node server runs under --read-only; docker exec writes only into the tmpfs', () => {
    const r = simIn(
      'node-corrected',
      [
        'docker build -q -t c -f Dockerfile.single .',
        'docker run -d --read-only --tmpfs /tmp --name app c',
        "docker ps --format '{{.Names}} {{.Status}}'",
        'docker exec app touch /app/x',
        'docker exec app touch /tmp/x',
        'docker exec app ls /tmp',
        'docker exec -u node app touch /etc/x',
      ].join('\n'),
    );
    const out = r.stdout.split('\n');
    expect(out.slice(2)).toEqual(['app Up 1 second', 'x', '']);
    expect(r.stderr).toBe(
      "touch: cannot touch '/app/x': Read-only file system\ntouch: cannot touch '/etc/x': Read-only file system\n",
    );
  });

  it("lesson 7's Go server runs as the lesson says: docker run --read-only", () => {
    const { files } = loadScenario('07-summary-cheat-sheet/sandbox');
    const r = sim(
      [
        'docker build -q -t checklist .',
        'docker run -d --read-only --name web -p 3000:3000 checklist',
        "docker ps --format '{{.Names}} {{.Status}}'",
        "docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' web",
      ].join('\n'),
      { files },
    );
    expect(r.stdout.split('\n').slice(2)).toEqual(['web Up 1 second', 'true', '']);
    expect(r.stderr).not.toContain('unknown flag');
    expect(r.status).toBe(0);
  });
});
