/**
 * The entry points the builder (RUN) and `docker run` call. Both start a process the way runc
 * does: look up argv[0] in PATH, fail with the OCI error when it does not exist, print
 * runc's `exec <path>: no such file or directory` (exit 255) when the binary's ELF loader is
 * missing, else run it. Shell-form RUN is `startProcess(ctx, ['/bin/sh', '-c', command])`.
 */
import type { Cred } from '../fs/permissions';
import type { Vfs } from '../fs/vfs';
import { ExecNotFoundError, ExecPermissionError, StepBudgetError } from './errors';
import type { Outcome, ProgramImage, System, Writer } from './host';
import { stagecraftNote } from './notes';
import { println } from './output';
import { createSystem } from './system';
import { PROGRAMS } from './table';

export interface ProcessContext {
  /** The container's or build step's filesystem (root view). */
  readonly vfs: Vfs;
  readonly image: ProgramImage;
  readonly env: Readonly<Record<string, string>>;
  /** WORKDIR, or `/`. */
  readonly cwd: string;
  /** The resolved USER. */
  readonly user: Cred;
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly stdin?: string;
  /** Seconds since the epoch (deterministic clock). */
  readonly now?: number;
  /** Step budget (default 20,000). */
  readonly budget?: number;
}

export function systemFor(ctx: ProcessContext): System {
  return createSystem({
    vfs: ctx.vfs,
    image: ctx.image,
    table: PROGRAMS,
    ...(ctx.now === undefined ? {} : { now: ctx.now }),
    ...(ctx.budget === undefined ? {} : { budget: ctx.budget }),
  });
}

/**
 * Runs argv as PID 1. Throws ExecNotFoundError / ExecPermissionError (EngineErrors) when
 * runc cannot start it. A server returns `{ code: 0, running }` and stays up.
 */
export function startProcess(ctx: ProcessContext, argv: readonly string[]): Outcome {
  const sys = systemFor(ctx);
  try {
    const r = sys.spawn({
      argv,
      env: ctx.env,
      cwd: ctx.cwd,
      cred: ctx.user,
      stdin: ctx.stdin ?? '',
      stdout: ctx.stdout,
      stderr: ctx.stderr,
    });
    switch (r.kind) {
      case 'ran':
        return r.outcome;
      case 'not-found':
        throw new ExecNotFoundError(argv[0] ?? '');
      case 'denied':
        throw new ExecPermissionError(r.path);
      case 'no-interpreter':
        println(ctx.stderr, `exec ${r.path}: no such file or directory`);
        return { code: 255 };
    }
  } catch (e) {
    if (e instanceof StepBudgetError) {
      println(ctx.stderr, stagecraftNote('budget', argv.join(' '), String(ctx.budget ?? 20_000)));
      return { code: 2 };
    }
    throw e;
  }
}

/** A RUN step in shell form with the stage's SHELL (default `/bin/sh -c`). */
export function runShellCommand(
  ctx: ProcessContext,
  command: string,
  shell: readonly string[] = ['/bin/sh', '-c'],
): Outcome {
  return startProcess(ctx, [...shell, command]);
}
