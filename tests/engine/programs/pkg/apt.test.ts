import { describe, expect, it } from 'vitest';
import { aptSize } from '../../../../src/engine/programs/pkg/apt';
import { box, sh } from '../helpers';

function sizeUnder(b: ReturnType<typeof box>, dir: string): number {
  let total = 0;
  for (const { node } of b.vfs.walk(dir)) if (node.type === 'file') total += node.size;
  return total;
}

describe('apt-get', () => {
  it('formats sizes like apt (SI units)', () => {
    expect([aptSize(950), aptSize(8_834_000), aptSize(45_200_000), aptSize(150_000_000)]).toEqual([
      '950 B',
      '8834 kB',
      '45.2 MB',
      '150 MB',
    ]);
  });

  it('install without update cannot locate packages (exit 100)', () => {
    const r = sh(box('debian:bookworm-slim'), 'apt-get install -y curl');
    expect(r).toEqual({
      code: 100,
      out: 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n',
      err: 'E: Unable to locate package curl\n',
    });
  });

  it('update writes ~45 MB of lists', () => {
    const b = box('debian:bookworm-slim');
    const r = sh(b, 'apt-get update');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(
      'Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]',
    );
    expect(r.out).toContain('Reading package lists...\n');
    const lists = sizeUnder(b, '/var/lib/apt/lists');
    expect(lists).toBeGreaterThan(40e6);
    expect(lists).toBeLessThan(50e6);
  });

  it('installs curl; recommends add packages and size', () => {
    const lean = box('debian:bookworm-slim');
    const full = box('debian:bookworm-slim');
    const a = sh(
      lean,
      'apt-get update >/dev/null && apt-get install -y --no-install-recommends curl',
    );
    const b = sh(full, 'apt-get update >/dev/null && apt-get install -y curl');
    expect(a.code).toBe(0);
    expect(a.out).toContain('0 upgraded, 11 newly installed, 0 to remove and 0 not upgraded.\n');
    expect(b.out).toContain('0 upgraded, 17 newly installed, 0 to remove and 0 not upgraded.\n');
    expect(a.out).toContain(
      'After this operation, 5310 kB of additional disk space will be used.\n',
    );
    expect(sizeUnder(full, '/usr') - sizeUnder(lean, '/usr')).toBeGreaterThan(3e6);
    expect(sh(lean, 'command -v curl').out).toBe('/usr/bin/curl\n');
  });

  it('unknown packages fail with exit 100', () => {
    expect(
      sh(box('debian:bookworm-slim'), 'apt-get update >/dev/null && apt-get install -y foo').err,
    ).toBe('E: Unable to locate package foo\n');
  });

  it('rm -rf /var/lib/apt/lists/* in a later step shrinks nothing already committed', () => {
    const b = box('debian:bookworm-slim');
    sh(b, 'apt-get update');
    const layer1 = b.vfs.commit('RUN apt-get update');
    sh(b, 'rm -rf /var/lib/apt/lists/*');
    const layer2 = b.vfs.commit('RUN rm -rf /var/lib/apt/lists/*');
    expect(layer1.size).toBeGreaterThan(40e6);
    expect(layer2.size).toBe(0);
  });

  it('non-root users cannot install', () => {
    const r = sh(box('debian:bookworm-slim'), 'apt-get install -y curl', {
      user: { uid: 1000, gid: 1000 },
    });
    expect(r.code).toBe(100);
    expect(r.err).toBe(
      'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n',
    );
  });

  it('gcc from apt enables cgo later (program file on PATH)', () => {
    const b = box('debian:bookworm-slim');
    sh(b, 'apt-get update >/dev/null && apt-get install -y --no-install-recommends gcc >/dev/null');
    expect(sh(b, 'command -v gcc').out).toBe('/usr/bin/gcc\n');
  });
});
