/** `docker history` (ground truth §2.13): newest first, `<missing>` below the top row. */
import { NoSuchImageError } from '../../daemon/errors';
import { humanDuration } from '../../format/human-duration';
import { imageSize } from '../../format/human-size';
import { truncateId } from '../../format/ids';
import { formatTable } from '../../format/tabwriter';
import { ellipsis } from '../../format/truncate';
import { familiarString, parseReference, withDefaultTag } from '../../images/reference';
import type { CommandModule } from '../registry';
import { bool, FORMAT_USAGE, str } from './flags';
import { formatRows } from './go-template';
import { displayId, goTime } from './image-rows';

const HEADERS = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
  CreatedAt: 'CREATED AT',
};

export const command: CommandModule = {
  spec: {
    name: 'history',
    use: 'history [OPTIONS] IMAGE',
    description: 'Show the history of an image',
    aliases: ['docker image history, docker history'],
    args: { exact: 1 },
    flags: [
      { long: 'format', type: 'string', usage: FORMAT_USAGE },
      {
        long: 'human',
        short: 'H',
        type: 'bool',
        default: true,
        usage: 'Print sizes and dates in human readable format',
      },
      { long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
      {
        long: 'platform',
        type: 'string',
        usage:
          'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
      },
      { long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
    ],
  },
  readOnly: true,
  names: ['history', 'image history'],
  run(ctx, p) {
    const arg = p.positionals[0]!;
    const image = ctx.daemon.images.get(arg);
    if (!image) {
      let shown = arg;
      try {
        shown = familiarString(withDefaultTag(parseReference(arg)));
      } catch {
        // an id: echoed as typed
      }
      throw new NoSuchImageError(shown);
    }
    const noTrunc = bool(p, 'no-trunc');
    const human = bool(p, 'human');
    const id = displayId(ctx.daemon, image);
    const now = ctx.daemon.now();
    const rows = [...image.history].reverse().map((h, i) => {
      const created = Date.parse(h.created);
      const by = h.createdBy.replace(/\t/g, ' ');
      return {
        ID: i === 0 ? (noTrunc ? id : truncateId(id)) : '<missing>',
        // uncertain: history has no N/A rule; a reproducible 1970 timestamp reads "56 years ago".
        CreatedSince: human
          ? `${humanDuration(now - created)} ago`
          : new Date(created).toISOString().replace('.000Z', 'Z'),
        CreatedAt: goTime(created),
        CreatedBy: noTrunc ? by : ellipsis(by, 45),
        Size: human ? imageSize(h.size) : String(h.size),
        Comment: h.comment ?? '',
      };
    });
    if (bool(p, 'quiet')) {
      ctx.out.stdout(rows.map((r) => `${r.ID}\n`).join(''));
      return 0;
    }
    const format = str(p, 'format');
    if (format !== '' && format !== 'table') {
      ctx.out.stdout(formatRows(format, rows, HEADERS, 'historyContext'));
      return 0;
    }
    const cols = ['ID', 'CreatedSince', 'CreatedBy', 'Size', 'Comment'] as const;
    ctx.out.stdout(
      `${formatTable([cols.map((c) => HEADERS[c]), ...rows.map((r) => cols.map((c) => r[c]))])}\n`,
    );
    return 0;
  },
};
