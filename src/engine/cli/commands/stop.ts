/** `docker stop`: SIGTERM, then SIGKILL after the timeout. */
import { stopContainer } from '../../daemon/lifecycle';
import type { CommandModule } from '../registry';
import { forEachContainer } from './container-each';

export const command: CommandModule = {
  spec: {
    name: 'stop',
    use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Stop one or more running containers',
    aliases: ['docker container stop, docker stop'],
    args: { min: 1 },
    flags: [
      { long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
      {
        long: 'timeout',
        short: 't',
        type: 'int',
        usage: 'Seconds to wait before killing the container',
      },
    ],
  },
  names: ['stop', 'container stop'],
  run(ctx, p) {
    return forEachContainer(ctx, p.positionals, (arg) => {
      const c = ctx.daemon.containers.require(arg);
      const stopped = stopContainer(ctx.daemon, c);
      if (stopped.autoRemove && stopped !== c) ctx.daemon.containers.delete(c.id);
    });
  },
};
