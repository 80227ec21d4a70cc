/** `docker rm` (ground truth §2.9). */
import { ContainerRunningError } from '../../daemon/errors';
import type { CommandModule } from '../registry';
import { forEachContainer } from './container-each';
import { bool } from './flags';

export const command: CommandModule = {
  spec: {
    name: 'rm',
    use: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Remove one or more containers',
    aliases: ['docker container rm, docker container remove, docker rm'],
    args: { min: 1 },
    flags: [
      {
        long: 'force',
        short: 'f',
        type: 'bool',
        usage: 'Force the removal of a running container (uses SIGKILL)',
      },
      { long: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
      {
        long: 'volumes',
        short: 'v',
        type: 'bool',
        usage: 'Remove anonymous volumes associated with the container',
      },
    ],
  },
  names: ['rm', 'container rm', 'container remove'],
  run(ctx, p) {
    const force = bool(p, 'force');
    return forEachContainer(ctx, p.positionals, (arg) => {
      const c = ctx.daemon.containers.require(arg);
      if (c.state === 'running' && !force) throw new ContainerRunningError(arg);
      ctx.daemon.containers.delete(c.id);
    });
  },
};
