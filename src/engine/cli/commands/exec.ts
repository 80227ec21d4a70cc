/**
 * `docker exec`: runs a command in a running container. A missing program gives runc's exec
 * failure (ground truth §2.12; the modern wording is marked uncertain there).
 */
import { ContainerNotRunningError } from '../../daemon/errors';
import { planStart } from '../../daemon/runtime';
import { EngineError } from '../../errors';
import type { CommandModule } from '../registry';
import { bool, given, list, str } from './flags';
import { writeLogs } from './logs';
import { runExitCode, startHint } from './run-errors';
import { INTERACTIVE_SHELL_NOTE, isInteractiveShell } from './run';

class ExecError extends EngineError {
  readonly code = 'EXEC_FAILED';
  constructor(message: string, image: string) {
    super(
      `OCI runtime exec failed: exec failed: unable to start container process: ${message}: unknown`,
      {
        hint: startHint(message, image),
        exitCode: runExitCode(message) === 125 ? 126 : runExitCode(message),
      },
    );
  }
}

export const command: CommandModule = {
  spec: {
    name: 'exec',
    use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
    description: 'Execute a command in a running container',
    aliases: ['docker container exec, docker exec'],
    args: { min: 2 },
    interspersed: false,
    flags: [
      {
        long: 'detach',
        short: 'd',
        type: 'bool',
        usage: 'Detached mode: run command in the background',
      },
      { long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
      {
        long: 'interactive',
        short: 'i',
        type: 'bool',
        usage: 'Keep STDIN open even if not attached',
      },
      { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
      {
        long: 'user',
        short: 'u',
        type: 'string',
        usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")',
      },
      {
        long: 'workdir',
        short: 'w',
        type: 'string',
        usage: 'Working directory inside the container',
      },
    ],
  },
  names: ['exec', 'container exec'],
  run(ctx, p) {
    const { daemon } = ctx;
    const [ref, ...argv] = p.positionals as [string, ...string[]];
    const c = daemon.containers.require(ref);
    if (c.state !== 'running') throw new ContainerNotRunningError(c.id);
    const image = daemon.images.get(c.imageId);
    if (!image) throw new ContainerNotRunningError(c.id);
    const env = [...c.env, ...list(p, 'env').filter((e) => e.includes('='))];
    const user = given(p, 'user') ? str(p, 'user') : c.user;
    const cwd = given(p, 'workdir') ? str(p, 'workdir') : c.workingDir;
    const plan = planStart(image, argv, env, cwd, user);
    if ('kind' in plan) throw new ExecError(plan.message, c.image);
    const outcome = daemon.runner?.({
      argv,
      env,
      cwd,
      uid: plan.uid,
      gid: plan.gid,
      rootfs: image.rootfs,
      image,
      tty: bool(p, 'tty'),
      path: plan.path,
      node: plan.node,
      seed: `${daemon.seed}:exec:${daemon.counter++}`,
    });
    if (!outcome || bool(p, 'detach')) return 0;
    writeLogs(ctx.out, outcome.output, bool(p, 'tty'));
    if (bool(p, 'interactive') && isInteractiveShell(argv)) ctx.out.stderr(INTERACTIVE_SHELL_NOTE);
    return outcome.exitCode;
  },
};
