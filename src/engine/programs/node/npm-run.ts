/**
 * `npm run <script>`, `npm start`, `npm test`: prints npm's banner, runs the script with
 * `sh -c` (node_modules/.bin first on PATH) and passes its exit code on. npm 10 then prints
 * an error block for a failed script; npm 11.19 (captured) prints nothing more.
 * uncertain: which npm 11 minor dropped the block.
 */
import { resolve } from '../../fs/posix-path';
import type { Outcome, Process } from '../host';
import { println } from '../output';
import { npmError } from './npm-log';
import { readJson, type PackageJson } from './package-json';

function npmMajor(proc: Process): number {
  return Number((proc.sys.image.runtimes.npm ?? '10').split('.')[0]);
}

export function runScriptCommand(
  proc: Process,
  name: string | undefined,
  args: readonly string[],
): Outcome {
  const r = readJson<PackageJson>(proc, proc.cwd, 'package.json');
  if (!r.ok) {
    npmError(proc, [
      'code ENOENT',
      'syscall open',
      `path ${r.path}`,
      'errno -2',
      `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${r.path}'`,
      'enoent This is related to npm not being able to find a file.',
      'enoent',
    ]);
    return { code: 254 };
  }
  const pkg = r.value;
  if (name === undefined) {
    const scripts = Object.entries(pkg.scripts ?? {});
    if (scripts.length > 0) {
      println(proc.stdout, `Lifecycle scripts included in ${pkg.name ?? ''}@${pkg.version ?? ''}:`);
      for (const [k, v] of scripts) {
        println(proc.stdout, `  ${k}`);
        println(proc.stdout, `    ${v}`);
      }
    }
    return { code: 0 };
  }
  let script = pkg.scripts?.[name];
  // npm start defaults to `node server.js` when there is a server.js.
  if (script === undefined && name === 'start' && proc.vfs.exists(resolve(proc.cwd, 'server.js'))) {
    script = 'node server.js';
  }
  if (script === undefined) {
    npmError(proc, [
      `Missing script: "${name}"`,
      '',
      'To see a list of scripts, run:',
      '  npm run',
    ]);
    return { code: 1 };
  }
  const command = [script, ...args].join(' ');
  println(proc.stdout, '');
  println(
    proc.stdout,
    pkg.name ? `> ${pkg.name}${pkg.version ? `@${pkg.version}` : ''} ${name}` : `> ${name}`,
  );
  println(proc.stdout, `> ${command}`);
  println(proc.stdout, '');
  const path = `${resolve(proc.cwd, 'node_modules/.bin')}:${proc.env['PATH'] ?? ''}`;
  const result = proc.sys.spawn({
    argv: ['sh', '-c', command],
    env: { ...proc.env, PATH: path, npm_lifecycle_event: name },
    cwd: proc.cwd,
    cred: proc.cred,
    stdin: proc.stdin,
    stdout: proc.stdout,
    stderr: proc.stderr,
  });
  const outcome: Outcome = result.kind === 'ran' ? result.outcome : { code: 127 };
  if (outcome.code !== 0 && !outcome.running && npmMajor(proc) <= 10) {
    npmError(proc, [
      `code ${outcome.code}`,
      `path ${proc.cwd}`,
      'command failed',
      `command sh -c ${command}`,
    ]);
  }
  return outcome;
}
