/** `docker pull` (ground truth §2.10). */
import { pullImage } from '../../daemon/pull';
import { parseReference } from '../../images/reference';
import type { CommandModule } from '../registry';
import { bool } from './flags';

export const command: CommandModule = {
  spec: {
    name: 'pull',
    use: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
    description: 'Download an image from a registry',
    aliases: ['docker image pull, docker pull'],
    args: { exact: 1 },
    flags: [
      {
        long: 'all-tags',
        short: 'a',
        type: 'bool',
        usage: 'Download all tagged images in the repository',
      },
      {
        long: 'disable-content-trust',
        type: 'bool',
        default: true,
        usage: 'Skip image verification',
      },
      {
        long: 'platform',
        type: 'string',
        usage: 'Set platform if server is multi-platform capable',
      },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
    ],
  },
  names: ['pull', 'image pull'],
  run(ctx, p) {
    const input = p.positionals[0]!;
    const ref = parseReference(input);
    const quiet = bool(p, 'quiet');
    if (!quiet && ref.tag === undefined && ref.digest === undefined) {
      ctx.out.stdout('Using default tag: latest\n');
    }
    const result = pullImage(ctx.daemon, input, ctx.term.tty);
    if (!quiet) ctx.out.stdout(result.lines.map((l) => `${l}\n`).join(''));
    ctx.out.stdout(`${result.reference}\n`);
    return 0;
  },
};
