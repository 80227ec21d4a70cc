/** `npm run sim -- --parse-dump FILE`: spawned for real, stdout/stderr and exit codes pinned. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'stagecraft-sim-'));

function sim(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/sim.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  // npm may print its own "npm warn" lines on stderr; they are not the simulator's output.
  const stderr = run.stderr
    .split('\n')
    .filter((line) => !line.startsWith('npm warn'))
    .join('\n');
  return { stdout: run.stdout, stderr, status: run.status };
}

function fixture(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('scripts/sim.ts --parse-dump', { timeout: 60_000 }, () => {
  it('prints the dump plus a newline and exits 0', () => {
    const file = fixture(
      'ok.Dockerfile',
      'FROM golang:1.23 AS build\nCOPY --from=x a b\nCMD ["./app"]\n',
    );
    const out = sim('--parse-dump', file);
    expect(out.stdout).toBe(
      '(from "golang:1.23" "AS" "build")\n(copy ["--from=x"] "a" "b")\n(cmd "./app")\n',
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });

  it('prints a parse error as one line on stderr and exits 1', () => {
    const file = fixture('bad.Dockerfile', 'FROM a\nRUN <<EOF\necho\n');
    const out = sim('--parse-dump', file);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('unterminated heredoc\n');
    expect(out.status).toBe(1);
  });

  it('prints usage, including the --parse-dump line, for an unknown flag', () => {
    const out = sim('--nope');
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n')).toContain(
      "  npm run -s sim -- --parse-dump FILE   print BuildKit's parse dump of a Dockerfile",
    );
    expect(out.status).toBe(2);
  });
});
