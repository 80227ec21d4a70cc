/** `docker images` / `docker image ls` (ground truth §2.7), both stores. */
import type { CommandModule } from '../registry';
import { bool, FORMAT_USAGE, list, str } from './flags';
import { formatRows } from './go-template';
import { fieldMaker, imageRows, matchesFilter } from './image-rows';
import { renderTree } from './images-tree';
import { dockerTable } from './table';

const HEADERS = {
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  ID: 'IMAGE ID',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Digest: 'DIGEST',
};

export const command: CommandModule = {
  spec: {
    name: 'images',
    use: 'images [OPTIONS] [REPOSITORY[:TAG]]',
    description: 'List images',
    aliases: ['docker image ls', 'docker image list', 'docker images'],
    args: { max: 1 },
    flags: [
      {
        long: 'all',
        short: 'a',
        type: 'bool',
        usage: 'Show all images (default hides intermediate and dangling images)',
      },
      { long: 'digests', type: 'bool', usage: 'Show digests' },
      {
        long: 'filter',
        short: 'f',
        type: 'list',
        valueName: 'filter',
        usage: 'Filter output based on conditions provided',
      },
      { long: 'format', type: 'string', usage: FORMAT_USAGE },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
      { long: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
    ],
  },
  readOnly: true,
  names: ['images', 'image ls', 'image list'],
  run(ctx, p) {
    const { daemon } = ctx;
    const filter = p.positionals[0];
    void list(p, 'filter'); // uncertain: --filter values are accepted but not applied
    let rows = imageRows(daemon);
    if (filter !== undefined) rows = rows.filter((r) => matchesFilter(r, filter));
    const quiet = bool(p, 'quiet');
    const format = str(p, 'format');
    const noTrunc = bool(p, 'no-trunc');
    const digests = bool(p, 'digests');
    const all = bool(p, 'all');
    const v29 = daemon.profile.name === 'docker29';
    const treeView = v29 && !quiet && !noTrunc && !digests && format === '';
    if (treeView || bool(p, 'tree')) {
      if (!all) rows = rows.filter((r) => r.ref !== undefined);
      if (!ctx.term.tty && v29) {
        ctx.out.stderr(
          'WARNING: This output is designed for human readability. For machine-readable output, please use --format.\n',
        );
      }
      ctx.out.stdout(renderTree(daemon, rows, bool(p, 'tree'), ctx.term));
      return 0;
    }
    if (v29 && !all) rows = rows.filter((r) => r.ref !== undefined);
    const toFields = fieldMaker(daemon, noTrunc);
    const fields = rows.map(toFields);
    if (quiet) {
      ctx.out.stdout(fields.map((f) => `${f.ID}\n`).join(''));
      return 0;
    }
    if (format !== '' && format !== 'table') {
      ctx.out.stdout(formatRows(format, fields, HEADERS, 'imageContext'));
      return 0;
    }
    const cols = [
      'Repository',
      'Tag',
      ...(digests ? ['Digest'] : []),
      'ID',
      'CreatedSince',
      'Size',
    ];
    const table = [
      cols.map((c) => HEADERS[c as keyof typeof HEADERS]),
      ...fields.map((f) => cols.map((c) => f[c]!)),
    ];
    ctx.out.stdout(dockerTable(table));
    if (
      filter !== undefined &&
      rows.length === 0 &&
      ['ls', 'rm', 'list', 'prune'].includes(filter)
    ) {
      ctx.out.stderr(
        `No images found matching "${filter}": did you mean "docker image ${filter}"?\n`,
      );
    }
    return 0;
  },
};
