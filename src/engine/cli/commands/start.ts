/** `docker start`: runs a created or exited container again (detached unless -a). */
import { startContainer } from '../../daemon/lifecycle';
import { EngineError } from '../../errors';
import type { CommandModule } from '../registry';
import { bool } from './flags';
import { writeLogs } from './logs';
import { runcChain, runExitCode, startHint } from './run-errors';

class StartError extends EngineError {
  readonly code = 'CONTAINER_START_FAILED';
  constructor(message: string, arg: string) {
    // uncertain: docker start prints the daemon error, then `Error: failed to start containers: <arg>`.
    super(`${runcChain(message)}\nError: failed to start containers: ${arg}`, {
      hint: startHint(message, 'this image'),
      exitCode: runExitCode(message) === 125 ? 1 : runExitCode(message),
    });
  }
}

export const command: CommandModule = {
  spec: {
    name: 'start',
    use: 'start [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Start one or more stopped containers',
    aliases: ['docker container start, docker start'],
    args: { min: 1 },
    flags: [
      {
        long: 'attach',
        short: 'a',
        type: 'bool',
        usage: 'Attach STDOUT/STDERR and forward signals',
      },
      {
        long: 'detach-keys',
        type: 'string',
        usage: 'Override the key sequence for detaching a container',
        notSimulated: true,
      },
      { long: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
    ],
  },
  names: ['start', 'container start'],
  run(ctx, p) {
    const attach = bool(p, 'attach');
    for (const arg of p.positionals) {
      const c = ctx.daemon.containers.require(arg);
      if (c.state === 'running') {
        if (!attach) ctx.out.stdout(`${arg}\n`);
        continue;
      }
      const r = startContainer(ctx.daemon, c, ctx.daemon.runner);
      if (r.kind === 'failed') throw new StartError(r.message, arg);
      if (attach) writeLogs(ctx.out, r.output, c.tty);
      else ctx.out.stdout(`${arg}\n`);
      if (attach && r.container.state === 'exited') return r.container.exitCode;
    }
    return 0;
  },
};
