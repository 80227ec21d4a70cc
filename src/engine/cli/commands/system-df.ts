/** `docker system df`. uncertain: layout from docker/cli's disk-usage formatter, not captured. */
import { humanSize } from '../../format/human-size';
import { formatTable } from '../../format/tabwriter';
import type { CommandModule } from '../registry';
import { diskUsage } from './image-rows';

function reclaim(size: number, total: number): string {
  const pct = total === 0 ? 0 : Math.floor((size * 100) / total);
  return total === 0 ? humanSize(size) : `${humanSize(size)} (${pct}%)`;
}

export const command: CommandModule = {
  spec: {
    name: 'system df',
    use: 'df [OPTIONS]',
    description: 'Show docker disk usage',
    args: { none: true },
    flags: [
      { long: 'format', type: 'string', usage: 'Format output using a custom template' },
      {
        long: 'verbose',
        short: 'v',
        type: 'bool',
        usage: 'Show detailed information on space usage',
      },
    ],
  },
  readOnly: true,
  names: ['system df'],
  run(ctx) {
    const { daemon } = ctx;
    const images = daemon.images.list();
    const active = images.filter((i) => daemon.containers.usingImage(i.id).length > 0);
    const total = images.reduce((s, i) => s + diskUsage(daemon, i), 0);
    const used = active.reduce((s, i) => s + diskUsage(daemon, i), 0);
    const containers = daemon.containers.list();
    const running = containers.filter((c) => c.state === 'running').length;
    const table = [
      ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
      [
        'Images',
        String(images.length),
        String(active.length),
        humanSize(total),
        reclaim(total - used, total),
      ],
      ['Containers', String(containers.length), String(running), '0B', '0B'],
      ['Local Volumes', '0', '0', '0B', '0B'],
      ['Build Cache', '0', '0', '0B', '0B'],
    ];
    ctx.out.stdout(`${formatTable(table)}\n`);
    return 0;
  },
};
