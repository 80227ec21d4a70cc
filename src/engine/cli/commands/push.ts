/** `docker push` (ground truth §2.11): needs a login and a tag in a namespace you own. */
import { pushImage } from '../../daemon/push';
import { parseReference } from '../../images/reference';
import type { CommandModule } from '../registry';
import { bool } from './flags';

export const command: CommandModule = {
  spec: {
    name: 'push',
    use: 'push [OPTIONS] NAME[:TAG]',
    description: 'Upload an image to a registry',
    aliases: ['docker image push, docker push'],
    args: { exact: 1 },
    flags: [
      {
        long: 'all-tags',
        short: 'a',
        type: 'bool',
        usage: 'Push all tags of an image to the repository',
      },
      { long: 'disable-content-trust', type: 'bool', default: true, usage: 'Skip image signing' },
      {
        long: 'platform',
        type: 'string',
        usage: 'Push a platform-specific manifest as a single-platform image to the registry.',
      },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
    ],
  },
  names: ['push', 'image push'],
  run(ctx, p) {
    const input = p.positionals[0]!;
    const ref = parseReference(input);
    const quiet = bool(p, 'quiet');
    if (!quiet && ref.tag === undefined && ref.digest === undefined) {
      ctx.out.stdout('Using default tag: latest\n');
    }
    const result = pushImage(ctx.daemon, input, ctx.term.tty);
    if (!quiet) ctx.out.stdout(result.lines.map((l) => `${l}\n`).join(''));
    if (result.error) throw result.error;
    return 0;
  },
};
