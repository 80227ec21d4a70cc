/** Acceptance-test helpers: fixture folders as session files, and the real `npm run sim` script. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SessionOptions } from '../../src/engine/session';
import { sim, type Transcript } from '../engine/cli/helpers-session';

export const FIXTURES = 'tests/fixtures/sim';

/** A fixture folder as the `files` a Session starts with (what `--dir` loads). */
export function fixtureFiles(name: string): Record<string, string> {
  const root = join(FIXTURES, name);
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return files;
}

/** Lines through a fresh non-TTY session started in a fixture folder (runScript, no process). */
export function simIn(fixture: string, script: string, options: SessionOptions = {}): Transcript {
  return sim(script, { files: fixtureFiles(fixture), ...options });
}

/** The real script end to end: `npx tsx scripts/sim.ts <args>` with the script on stdin. */
export function spawnSim(script: string, ...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['scripts/sim.ts', ...args], {
    input: script,
    encoding: 'utf8',
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Image and container IDs change with any catalog or fixture edit; the layout must not. */
export function maskIds(text: string): string {
  return text.replace(/\b[0-9a-f]{64}\b/g, '<digest>').replace(/\b[0-9a-f]{12}\b/g, '<id>');
}

export const NOT_READABLE =
  'WARNING: This output is designed for human readability. For machine-readable output, please use --format.\n';
export const FOREGROUND =
  '[sim] the container keeps running in the foreground; a terminal would wait for Ctrl-C. Continuing.\n';
