/**
 * Container lifecycle: start (runc checks, then the program), stop, remove. A start that fails
 * in runc leaves the container `Created` (§2.12, derived); an execve failure inside the
 * container exits it with 255 and the message on its stderr.
 */
import type { ContainerRecord, LogLine } from './container-types';
import type { Daemon } from './daemon';
import { planStart, type ProcessRunner } from './runtime';
import { containerEnv } from './container-env';
import { containerVfs } from './container-fs';
import { Vfs } from '../fs';

export type StartOutcome =
  | { readonly kind: 'failed'; readonly message: string; readonly container: ContainerRecord }
  | {
      readonly kind: 'started';
      readonly container: ContainerRecord;
      /** Output of this start (also appended to the logs). */
      readonly output: readonly LogLine[];
    };

export function startContainer(
  daemon: Daemon,
  c: ContainerRecord,
  runner: ProcessRunner | undefined,
): StartOutcome {
  const image = daemon.images.get(c.imageId);
  const startedAt = daemon.now();
  if (!image) {
    return { kind: 'failed', message: `No such image: ${c.image}`, container: c };
  }
  const argv = [c.path, ...c.args];
  const plan = planStart(image, argv, c.env, c.workingDir || '/', c.user);
  if ('kind' in plan) {
    if (plan.kind === 'runc') {
      const container = daemon.containers.update(c.id, { error: plan.message });
      return { kind: 'failed', message: plan.message, container };
    }
    const output: LogLine[] = [{ stream: 'stderr', text: `${plan.message}\n` }];
    const container = daemon.containers.update(c.id, {
      state: 'exited',
      exitCode: 255,
      startedAt,
      finishedAt: startedAt,
      logs: [...c.logs, ...output],
    });
    return { kind: 'started', container, output };
  }
  const outcome = runner?.({
    argv,
    env: containerEnv(c.env, Vfs.create(image.rootfs), plan.uid, c.id, c.tty),
    cwd: c.workingDir || '/',
    uid: plan.uid,
    gid: plan.gid,
    rootfs: image.rootfs,
    image,
    tty: c.tty,
    path: plan.path,
    node: plan.node,
    seed: `${daemon.seed}:${c.id}:${c.logs.length}`,
    // --read-only and --tmpfs: the process runs over the container's own (guarded) filesystem.
    // (the record as stored now: creating it may have mounted the tmpfs dirs since).
    ...((c.readOnly || c.tmpfs) && { vfs: containerVfs(image, daemon.containers.require(c.id)) }),
  }) ?? {
    // Never pretend a process ran: say plainly that nothing executed it.
    output: [
      {
        stream: 'stderr',
        text: '[stagecraft] no program runner is attached; the process did not run\n',
      },
    ],
    exitCode: 1,
  };
  const running = outcome.running !== undefined;
  const container = daemon.containers.update(c.id, {
    state: running ? 'running' : 'exited',
    exitCode: running ? 0 : outcome.exitCode,
    startedAt,
    ...(running ? {} : { finishedAt: startedAt }),
    logs: [...c.logs, ...outcome.output],
  });
  return { kind: 'started', container, output: outcome.output };
}

/** SIGTERM then (after the grace period) SIGKILL: a server that ignores TERM exits 137. */
export function stopContainer(
  daemon: Daemon,
  c: ContainerRecord,
  exitCode = 137,
  timeoutSeconds?: number,
): ContainerRecord {
  if (c.state !== 'running') return c;
  // uncertain: simulated programs do not handle SIGTERM, so stop waits the 10 s grace period
  // and kills (exit 137), as with a Node server running as PID 1 without a signal handler.
  // `--stop-timeout` replaces the 10 s grace period.
  // `docker stop -t` wins over `--stop-timeout`, which replaces the 10 s grace period.
  const grace = Math.max(0, timeoutSeconds ?? c.stopTimeout ?? 10);
  daemon.clock.advance(exitCode === 137 ? grace * 1000 : 0);
  return daemon.containers.update(c.id, {
    state: 'exited',
    exitCode,
    finishedAt: daemon.now(),
  });
}
