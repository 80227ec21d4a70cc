/** `docker stop`: SIGTERM, then SIGKILL after the timeout. */
import { stopContainer } from '../../daemon/lifecycle';
import type { CommandModule } from '../registry';
import { forEachContainer } from './container-each';
import { given, str } from './flags';

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
      // -s KILL skips the grace period; any other signal is ignored by simulated programs.
      const kill = /^(SIG)?KILL$|^9$/i.test(str(p, 'signal'));
      const timeout = kill ? 0 : given(p, 'timeout') ? (p.values.timeout as number) : undefined;
      const stopped = stopContainer(ctx.daemon, c, 137, timeout);
      if (stopped.autoRemove && stopped !== c) ctx.daemon.containers.delete(c.id);
    });
  },
};
