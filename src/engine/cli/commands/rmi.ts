/** `docker rmi` / `docker image rm` (ground truth §2.9). Keeps going past a failed argument. */
import { isEngineError } from '../../errors';
import { removeImage } from '../../daemon/remove-image';
import type { CommandModule } from '../registry';
import { bool } from './flags';

export const command: CommandModule = {
  spec: {
    name: 'rmi',
    use: 'rmi [OPTIONS] IMAGE [IMAGE...]',
    description: 'Remove one or more images',
    aliases: ['docker image rm, docker image remove, docker rmi'],
    args: { min: 1 },
    flags: [
      { long: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
      { long: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
    ],
  },
  names: ['rmi', 'image rm', 'image remove'],
  run(ctx, p) {
    const force = bool(p, 'force');
    if (p.positionals.length === 1) {
      const lines = removeImage(ctx.daemon, p.positionals[0]!, force);
      ctx.out.stdout(lines.map((l) => `${l}\n`).join(''));
      return 0;
    }
    let status = 0;
    for (const arg of p.positionals) {
      try {
        const lines = removeImage(ctx.daemon, arg, force);
        ctx.out.stdout(lines.map((l) => `${l}\n`).join(''));
      } catch (e) {
        if (!isEngineError(e)) throw e;
        ctx.out.stderr(`${e.message}\n`);
        if (e.hint) ctx.out.hint?.(e.hint);
        status = 1;
      }
    }
    return status;
  },
};
