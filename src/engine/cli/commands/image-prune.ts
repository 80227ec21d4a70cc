/**
 * `docker image prune`: removes dangling images (`-a`: every image no container uses).
 * uncertain: texts from docker/cli's prune command as remembered; without `-f` the prompt is
 * printed and, as the simulated stdin is empty, answered "no".
 */
import { humanSize } from '../../format/human-size';
import type { CommandModule } from '../registry';
import { bool } from './flags';
import { diskUsage } from './image-rows';

export const command: CommandModule = {
  spec: {
    name: 'image prune',
    use: 'prune [OPTIONS]',
    description: 'Remove unused images',
    args: { none: true },
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        usage: 'Remove all unused images, not just dangling ones',
      },
      {
        long: 'filter',
        type: 'list',
        valueName: 'filter',
        usage: 'Provide filter values (e.g. "until=<timestamp>")',
      },
      { long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    ],
  },
  names: ['image prune'],
  run(ctx, p) {
    const all = bool(p, 'all');
    if (!bool(p, 'force')) {
      ctx.out.stdout(
        all
          ? 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] \n'
          : 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] \n',
      );
      ctx.out.hint?.('The simulator cannot answer prompts: add -f to prune without asking.');
      return 0;
    }
    const { daemon } = ctx;
    const victims = daemon.images
      .list()
      .filter(
        (i) => (all || i.repoTags.length === 0) && daemon.containers.usingImage(i.id).length === 0,
      );
    let reclaimed = 0;
    const lines: string[] = [];
    for (const image of victims) {
      for (const t of image.repoTags)
        lines.push(`untagged: ${t.replace(/^docker\.io\/(library\/)?/, '')}`);
      lines.push(
        `deleted: ${image.digest && daemon.profile.store === 'containerd' ? image.digest : image.id}`,
      );
      reclaimed += diskUsage(daemon, image);
      daemon.images.delete(image.id);
    }
    if (lines.length > 0) ctx.out.stdout(`Deleted Images:\n${lines.join('\n')}\n\n`);
    ctx.out.stdout(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
