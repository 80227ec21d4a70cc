/**
 * `docker run` (ground truth §2.12): pulls a missing image (stream on stderr), creates the
 * container, starts it, and prints its output; `-d` prints the id; a server without `-d`
 * returns a running handle the terminal interrupts with Ctrl-C; `-i` with a shell returns
 * the container shell the session attaches to (run-shell.ts).
 */
import { startContainer, stopContainer } from '../../daemon/lifecycle';
import { pullImage } from '../../daemon/pull';
import { ContainerNameConflictError } from '../../daemon/errors';
import { isEngineError } from '../../errors';
import { familiarString, parseReference, withDefaultTag } from '../../images/reference';
import type { CommandModule } from '../registry';
import { bool, given, list, str } from './flags';
import { parsePorts, processConfig } from './run-config';
import { RunError, runcChain, startHint } from './run-errors';
import { RUN_FLAGS } from './run-flags';
import { runOptions } from './run-options';
import { mountTmpfs } from '../../daemon/container-fs';
import { withHostname } from '../../daemon/container-env';
import { writeLogs } from './logs';
import { startShell, startStuckShell } from './run-shell';

export const command: CommandModule = {
  spec: {
    name: 'run',
    use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    description: 'Create and run a new container from an image',
    aliases: ['docker container run, docker run'],
    args: { min: 1 },
    interspersed: false,
    flags: RUN_FLAGS,
  },
  names: ['run', 'container run'],
  run(ctx, p) {
    const { daemon } = ctx;
    const [imageArg, ...args] = p.positionals as [string, ...string[]];
    let changed = false;
    const fail = (cause: string, code: string, hint: string): never => {
      throw new RunError(cause, { code, hint, keepState: changed });
    };
    let familiar: string;
    try {
      familiar = familiarString(withDefaultTag(parseReference(imageArg)));
    } catch (e) {
      if (isEngineError(e)) fail(e.message, e.code, e.hint);
      throw e;
    }
    const ports = parsePorts(list(p, 'publish'));
    if (typeof ports === 'string')
      fail(
        `invalid containerPort: ${ports}`,
        'RUN_BAD_PORT',
        'Write ports as HOST:CONTAINER, e.g. -p 8080:3000.',
      );
    const platform = str(p, 'platform');
    if (platform !== '' && !/^(linux\/)?(amd64|x86_64)$/.test(platform)) {
      ctx.out.stderr(
        `[stagecraft] --platform ${platform}: the catalog holds linux/amd64 images only, so this runs the amd64 image.\n`,
      );
    }
    // --pull (docker/cli createContainer): "missing" pulls only an absent image, "always"
    // pulls first, "never" passes the daemon's "No such image" through.
    const pullPolicy = str(p, 'pull') || 'missing';
    if (!['always', 'missing', 'never'].includes(pullPolicy)) {
      // uncertain: docker/cli's wording for a bad --pull value.
      fail(
        `invalid pull option: '${pullPolicy}': must be one of "always", "missing" or "never"`,
        'RUN_BAD_PULL',
        'Use --pull=always, --pull=missing (the default) or --pull=never.',
      );
    }
    let image = pullPolicy === 'always' ? undefined : daemon.images.get(imageArg);
    if (!image && pullPolicy === 'never') {
      fail(
        `Error response from daemon: No such image: ${familiar}`,
        'RUN_NO_SUCH_IMAGE',
        'With --pull=never the image must already be local: docker pull it first.',
      );
    }
    if (!image) {
      if (pullPolicy === 'missing') ctx.out.stderr(`Unable to find image '${familiar}' locally\n`);
      try {
        const pulled = pullImage(daemon, imageArg, ctx.term.tty);
        if (!bool(p, 'quiet')) ctx.out.stderr(pulled.lines.map((l) => `${l}\n`).join(''));
        image = pulled.image;
        changed = true;
      } catch (e) {
        if (isEngineError(e)) fail(e.message, e.code, e.hint);
        throw e;
      }
    }
    const name = str(p, 'name');
    if (name !== '') {
      const taken = daemon.containers.nameTaken(name);
      if (taken) {
        const e = new ContainerNameConflictError(name, taken.id);
        fail(e.message, e.code, e.hint);
      }
    }
    const opts = runOptions(ctx, p, image.config.Labels);
    const proc = processConfig(image.config, {
      ...(given(p, 'entrypoint') ? { entrypoint: str(p, 'entrypoint') } : {}),
      args,
      env: [...opts.fileEnv, ...list(p, 'env')],
      ...(given(p, 'user') ? { user: str(p, 'user') } : {}),
      ...(given(p, 'workdir') ? { workdir: str(p, 'workdir') } : {}),
      hostEnv: ctx.host.env,
    });
    if (proc.argv.length === 0) {
      fail(
        'Error response from daemon: no command specified',
        'NO_COMMAND',
        'The image has no ENTRYPOINT or CMD. Give a command after the image name, or add CMD to the Dockerfile.',
      );
    }
    for (const note of opts.notes) ctx.out.stderr(`${note}\n`);
    const id = daemon.newId('container');
    const record = {
      ...opts.record,
      id,
      name: name !== '' ? name : daemon.newContainerName(),
      image: imageArg,
      imageId: image.id,
      path: proc.argv[0]!,
      args: proc.argv.slice(1),
      env: withHostname(proc.env, opts.record.hostname),
      user: proc.user,
      workingDir: proc.workingDir,
      tty: bool(p, 'tty'),
      autoRemove: bool(p, 'rm'),
      ports: ports as Exclude<typeof ports, string>,
      created: daemon.now(),
      state: 'created' as const,
      exitCode: 0,
      logs: [],
    };
    daemon.containers.set(record);
    mountTmpfs(daemon, image, id);
    changed = true;
    const detach = bool(p, 'detach');
    if (bool(p, 'interactive') && !detach) {
      // `-it IMAGE sh`: the session attaches to the shell until it exits.
      const shell = startShell(daemon, record, image, record.tty);
      if (shell) return { exitCode: 0, running: shell };
    } else if (record.tty && !detach) {
      const stuck = startStuckShell(daemon, record, image);
      if (stuck) {
        ctx.out.stdout(stuck.prompt);
        return { exitCode: 0, running: stuck.handle };
      }
    }
    const started = startContainer(daemon, record, daemon.runner);
    if (started.kind === 'failed') {
      if (record.autoRemove) daemon.containers.delete(id);
      fail(
        runcChain(started.message),
        'CONTAINER_START_FAILED',
        startHint(started.message, familiar),
      );
      throw new Error('unreachable');
    }
    if (detach) {
      ctx.out.stdout(`${id}\n`);
    } else {
      writeLogs(ctx.out, started.output, record.tty);
    }
    const c = started.container;
    if (c.state === 'running') {
      if (detach) return 0;
      return {
        exitCode: 0,
        running: {
          containerId: id,
          interrupt() {
            // uncertain: Ctrl-C is modelled as the container exiting 130 (SIGINT).
            const stopped = stopContainer(daemon, daemon.containers.require(id), 130);
            if (stopped.autoRemove) daemon.containers.delete(id);
            return 130;
          },
        },
      };
    }
    if (record.autoRemove) daemon.containers.delete(id);
    return detach ? 0 : c.exitCode;
  },
};
