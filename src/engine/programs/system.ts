/**
 * The simulated machine one container or build step runs on: it owns PATH lookup and exec
 * (`spawn`), the program table and the step budget. Every process, including nested ones
 * (`npm run build` → `sh -c tsc`), starts through `spawn`.
 */
import type { FileNode } from '../fs/node';
import type { Vfs } from '../fs/vfs';
import { basename, dirname, resolve } from '../fs/posix-path';
import { checkLoad, readBinary } from './binary';
import { runBuiltBinary } from './go/run-binary';
import type { Outcome, Process, ProgramImage, SpawnRequest, SpawnResult, System } from './host';
import { notModelledNote } from './notes';
import { println } from './output';
import { DEFAULT_PATH, identify, lookPath, type ProgramTable } from './registry';
import { IMPLICIT_UTILITIES } from './coreutils/names';

const STANDARD_BIN_DIRS = new Set(['/bin', '/usr/bin', '/usr/local/bin', '/sbin', '/usr/sbin']);
import { StepBudgetError } from './errors';

export interface SystemOptions {
  readonly vfs: Vfs;
  readonly image: ProgramImage;
  readonly table: ProgramTable;
  /** Seconds since the epoch; default 2024-01-01T00:00:00Z. */
  readonly now?: number;
  /** Steps before a script is stopped (default 20,000). */
  readonly budget?: number;
}

const MAX_INTERPRETER_DEPTH = 4;

export function createSystem(options: SystemOptions): System {
  const budget = { remaining: options.budget ?? 20_000 };
  const sys: System = {
    image: options.image,
    vfs: options.vfs,
    now: options.now ?? 1704067200,
    budget,
    spawn: (req) => spawn(req),
  };
  const table = options.table;

  function run(
    req: SpawnRequest,
    vfs: Vfs,
    path: string,
    program: (p: Process) => Outcome,
  ): SpawnResult {
    const proc: Process = { ...req, stdin: req.stdin ?? '', vfs, path, sys };
    return { kind: 'ran', outcome: program(proc) };
  }

  function execPath(req: SpawnRequest, vfs: Vfs, path: string, depth: number): SpawnResult {
    const node = vfs.stat(path) as FileNode;
    const invoked = req.argv[0]!;
    const shown = invoked.includes('/') ? invoked : path;
    if (node.kind?.startsWith('elf-')) {
      const load = checkLoad(vfs, sys.image, node, shown);
      if (!load.ok && load.kind === 'no-interpreter')
        return { kind: 'no-interpreter', path: shown };
      if (!load.ok && load.kind === 'glibc') {
        for (const line of load.lines) println(req.stderr, line);
        return { kind: 'ran', outcome: { code: 127 } };
      }
      const info = readBinary(node);
      if (info) return run(req, vfs, path, (p) => runBuiltBinary(p, info, shown));
    }
    const id = identify(table, node, vfs.realpath(path), invoked);
    if (id.program) return run(req, vfs, path, id.program);
    if (node.content !== undefined && !node.kind?.startsWith('program:')) {
      const shebang = /^#!\s*(\S+)(?:[ \t]+(\S.*?))?\s*$/m.exec(
        node.content.split('\n', 1)[0] ?? '',
      );
      if (!shebang) {
        // sh runs a text file without #! itself (ENOEXEC fallback).
        const sh = table.get('sh')!;
        return run({ ...req, argv: ['sh', invoked, ...req.argv.slice(1)] }, vfs, path, sh);
      }
      if (depth >= MAX_INTERPRETER_DEPTH || !vfs.exists(shebang[1]!)) {
        return { kind: 'not-found', path: shown };
      }
      const interp = shebang[1]!;
      const argv = [interp, ...(shebang[2] ? [shebang[2]] : []), invoked, ...req.argv.slice(1)];
      const found = lookPath(vfs, interp, req.cwd, '');
      if (!('node' in found)) return { kind: 'denied', path: interp };
      return execPath({ ...req, argv }, vfs, found.path, depth + 1);
    }
    println(req.stderr, notModelledNote(id.name));
    return { kind: 'ran', outcome: { code: 0 } };
  }

  function spawn(req: SpawnRequest): SpawnResult {
    if (--budget.remaining < 0) throw new StepBudgetError(options.budget ?? 20_000);
    const name = req.argv[0];
    if (name === undefined || name === '') return { kind: 'not-found' };
    const vfs = options.vfs.as(req.cred);
    const found = lookPath(vfs, name, req.cwd, req.env['PATH'] ?? DEFAULT_PATH);
    if ('node' in found) return execPath(req, vfs, found.path, 0);
    if (found.error === 'EACCES') return { kind: 'denied', path: found.path ?? name };
    // Images with a shell have coreutils (or busybox applets) even when the catalog's rootfs
    // does not list every file; run the simulated utility as if found in /bin.
    // `/bin/echo` and `/usr/bin/env` by path count too: that is where those files live.
    const full = resolve(req.cwd, name);
    const utility = !name.includes('/')
      ? name
      : STANDARD_BIN_DIRS.has(dirname(full))
        ? basename(full)
        : undefined;
    const implicit = utility === undefined ? undefined : table.get(utility);
    if (
      implicit &&
      IMPLICIT_UTILITIES.has(utility!) &&
      sys.image.hasShell &&
      sys.image.osId !== 'none'
    ) {
      return run(req, vfs, `/bin/${utility}`, implicit);
    }
    return { kind: 'not-found' };
  }

  return sys;
}
