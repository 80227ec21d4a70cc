/**
 * `docker exec`: runs a command in a running container. A missing program gives runc's exec
 * failure (ground truth §2.12; the modern wording is marked uncertain there). It runs over the
 * container's filesystem (its writable layer persists between execs); `-it` with a shell
 * returns the container shell the session attaches to.
 */
import { ContainerNotRunningError } from '../../daemon/errors';
import { planStart } from '../../daemon/runtime';
import { EngineError } from '../../errors';
import { containerEnv } from '../../daemon/container-env';
import type { CommandModule } from '../registry';
import { bool, given, list, str } from './flags';
import { writeLogs } from './logs';
import { readKvFiles } from './run-options';
import { runExitCode, startHint } from './run-errors';
import { containerVfs, saveContainerFs } from '../../daemon/container-fs';
import { interactiveShellFlavour, openContainerShell } from '../../container-shell/open';

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
      {
        long: 'detach-keys',
        type: 'string',
        usage: 'Override the key sequence for detaching a container',
        notSimulated: true,
      },
      { long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
      { long: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
      {
        long: 'interactive',
        short: 'i',
        type: 'bool',
        usage: 'Keep STDIN open even if not attached',
      },
      {
        long: 'privileged',
        type: 'bool',
        usage: 'Give extended privileges to the command',
        notSimulated: true,
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
    // --env-file entries, then -e, as docker/cli's ReadKVEnvStrings orders them.
    const extra = [...readKvFiles(ctx, list(p, 'env-file'), 'exec'), ...list(p, 'env')];
    const env = [...c.env, ...extra.filter((e) => e.includes('='))];
    const user = given(p, 'user') ? str(p, 'user') : c.user;
    const cwd = given(p, 'workdir') ? str(p, 'workdir') : c.workingDir;
    const vfs = containerVfs(image, c);
    const plan = planStart(image, argv, env, cwd, user, vfs.snapshot());
    if ('kind' in plan) throw new ExecError(plan.message, c.image);
    const tty = bool(p, 'tty');
    const flavour = bool(p, 'detach') ? undefined : interactiveShellFlavour(argv, image, vfs, plan);
    if (flavour) {
      const shell = openContainerShell({
        ...{ daemon, containerId: c.id, image, vfs, mode: 'exec' as const },
        ...{ argv, flavour, env, cwd, plan, tty },
      });
      // -i: the session attaches to the shell. -t alone: it prints its prompt and waits for
      // input that is never forwarded (uncertain, as for docker run -t; Ctrl-C ends the client).
      if (bool(p, 'interactive')) return { exitCode: 0, running: shell };
      if (tty) {
        ctx.out.stdout(shell.prompt());
        return { exitCode: 0, running: { containerId: c.id, interrupt: () => 130 } };
      }
    }
    const outcome = daemon.runner?.({
      argv,
      env: containerEnv(env, vfs, plan.uid, c.id, tty),
      cwd,
      uid: plan.uid,
      gid: plan.gid,
      rootfs: image.rootfs,
      image,
      tty,
      path: plan.path,
      node: plan.node,
      seed: `${daemon.seed}:exec:${daemon.counter++}`,
      vfs,
    });
    // What the command wrote stays in the container, for the next exec to see.
    saveContainerFs(daemon, image, c.id, vfs);
    if (!outcome || bool(p, 'detach')) return 0;
    writeLogs(ctx.out, outcome.output, tty);
    return outcome.exitCode;
  },
};
