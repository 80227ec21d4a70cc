/** `docker ps` (ground truth §2.8). */
import type { ContainerRecord } from '../../daemon/container-types';
import type { Daemon } from '../../daemon/daemon';
import { humanDuration } from '../../format/human-duration';
import { goQuote } from '../../format/go-quote';
import { truncateId, withSha256 } from '../../format/ids';
import { ellipsis } from '../../format/truncate';
import type { CommandModule } from '../registry';
import { bool, FORMAT_USAGE, list as listOf, str } from './flags';
import { applyPsFilters, filtersShowAll } from './ps-filter';
import { formatRows } from './go-template';
import { displayId, goTime } from './image-rows';
import { portsText } from './run-config';
import { dockerTable, memo } from './table';

export function statusText(c: ContainerRecord, now: number): string {
  if (c.state === 'running') return `Up ${humanDuration(now - (c.startedAt ?? now))}`;
  if (c.state === 'exited')
    return `Exited (${c.exitCode}) ${humanDuration(now - (c.finishedAt ?? now))} ago`;
  return 'Created';
}

function fieldMaker(
  daemon: Daemon,
  noTrunc: boolean,
): (c: ContainerRecord) => Record<string, string> {
  const quoted = memo((command: string) => goQuote(noTrunc ? command : ellipsis(command, 20)));
  const exposedOf = memo((id: string) =>
    Object.keys(daemon.images.get(id)?.config.ExposedPorts ?? {}),
  );
  // Keyed by "<image id> <reference>": an id has no space, so the first one splits them.
  const imageOf = memo((key: string) => {
    const space = key.indexOf(' ');
    return imageColumn(daemon, key.slice(space + 1), key.slice(0, space), noTrunc);
  });
  return (c) => fields(daemon, c, noTrunc, quoted, exposedOf, imageOf);
}

/**
 * The reference the container was started with, while it still names the container's image;
 * once that reference is untagged, removed or moved to another image, the image ID instead
 * (moby `refreshImage` in daemon/list.go, then the CLI's `TruncateID` unless --no-trunc).
 */
export function imageColumn(
  daemon: Daemon,
  image: string,
  imageId: string,
  noTrunc: boolean,
): string {
  if (daemon.images.resolveId(image) === imageId) return image;
  // The containerd store names images by their index digest, as `docker images` shows them.
  // uncertain: once a forced rmi deleted the image, only its config ID is left to show here.
  const stored = daemon.images.get(imageId);
  const id = stored ? displayId(daemon, stored) : imageId;
  return noTrunc ? withSha256(id) : truncateId(id);
}

function fields(
  daemon: Daemon,
  c: ContainerRecord,
  noTrunc: boolean,
  quoted: (command: string) => string,
  exposedOf: (id: string) => string[],
  imageOf: (key: string) => string,
): Record<string, string> {
  const command = c.args.length === 0 ? c.path : `${c.path} ${c.args.join(' ')}`;
  const exposed = c.state === 'running' ? exposedOf(c.imageId) : [];
  return {
    Command: quoted(command),
    CreatedAt: goTime(c.created),
    ID: noTrunc ? c.id : truncateId(c.id),
    Image: imageOf(`${c.imageId} ${c.image}`),
    Names: c.name,
    Ports: c.state === 'running' ? portsText(c.ports, exposed) : '',
    RunningFor: `${humanDuration(daemon.now() - c.created)} ago`,
    State: c.state,
    Status: statusText(c, daemon.now()),
    Size: '0B',
  };
}

const HEADERS = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  RunningFor: 'CREATED',
  Status: 'STATUS',
  Ports: 'PORTS',
  Names: 'NAMES',
  CreatedAt: 'CREATED AT',
  State: 'STATE',
  Size: 'SIZE',
};

export const command: CommandModule = {
  spec: {
    name: 'ps',
    use: 'ps [OPTIONS]',
    description: 'List containers',
    aliases: ['docker container ls, docker container list, docker container ps, docker ps'],
    args: { none: true },
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        usage: 'Show all containers (default shows just running)',
      },
      {
        long: 'filter',
        short: 'f',
        type: 'list',
        valueName: 'filter',
        usage: 'Filter output based on conditions provided',
      },
      { long: 'format', type: 'string', usage: FORMAT_USAGE },
      {
        long: 'last',
        short: 'n',
        type: 'int',
        default: -1,
        usage: 'Show n last created containers (includes all states)',
      },
      {
        long: 'latest',
        short: 'l',
        type: 'bool',
        usage: 'Show the latest created container (includes all states)',
      },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
      // uncertain: sizes are not modelled for containers (the writable layer is not sized).
      {
        long: 'size',
        short: 's',
        type: 'bool',
        usage: 'Display total file sizes',
        notSimulated: true,
      },
    ],
  },
  readOnly: true,
  names: ['ps', 'container ls', 'container list', 'container ps'],
  run(ctx, p) {
    const { daemon } = ctx;
    const filters = listOf(p, 'filter');
    const filtered = applyPsFilters(daemon.containers.list(), filters);
    for (const note of filtered.notes) ctx.out.stderr(`${note}\n`);
    let list = filtered.containers;
    const last = p.values.last as number;
    if (bool(p, 'latest')) list = list.slice(0, 1);
    else if (last >= 0) list = list.slice(0, last);
    else if (!bool(p, 'all') && !filtersShowAll(filters))
      list = list.filter((c) => c.state === 'running');
    const noTrunc = bool(p, 'no-trunc');
    const rows = list.map(fieldMaker(daemon, noTrunc));
    if (bool(p, 'quiet')) {
      ctx.out.stdout(rows.map((r) => `${r.ID}\n`).join(''));
      return 0;
    }
    const format = str(p, 'format');
    if (format !== '' && format !== 'table') {
      ctx.out.stdout(formatRows(format, rows, HEADERS, 'ContainerContext'));
      return 0;
    }
    const cols = ['ID', 'Image', 'Command', 'RunningFor', 'Status', 'Ports', 'Names'];
    const table = [
      cols.map((c) => HEADERS[c as keyof typeof HEADERS]),
      ...rows.map((r) => cols.map((c) => r[c]!)),
    ];
    ctx.out.stdout(dockerTable(table));
    return 0;
  },
};
