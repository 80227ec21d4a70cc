/**
 * The v29 CLI's default `docker images` view (ground truth §2.7): IMAGE, ID, DISK USAGE,
 * CONTENT SIZE, EXTRA; columns 3 spaces apart; sizes right-aligned; `U` when a container
 * uses the image; `--tree` adds one child row per platform and a blank line per image.
 */
import type { Daemon } from '../../daemon/daemon';
import { imageSize } from '../../format/human-size';
import { truncateId } from '../../format/ids';
import type { TerminalInfo } from '../context';
import { diskUsage, type ImageRow } from './image-rows';
import { memo } from './table';

interface TreeLine {
  readonly name: string;
  readonly id: string;
  readonly disk: string;
  readonly content: string;
  readonly extra: string;
}

export function renderTree(
  daemon: Daemon,
  rows: readonly ImageRow[],
  expanded: boolean,
  term: TerminalInfo,
): string {
  const sorted = [...rows].sort((a, b) =>
    nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0,
  );
  const used = new Set(daemon.containers.list().map((c) => c.imageId));
  const size = memo(imageSize);
  const groups: TreeLine[][] = sorted.map((r) => {
    const inUse = used.has(r.image.id);
    const chip = inUse ? 'U' : '';
    const top: TreeLine = {
      name: nameOf(r),
      id: truncateId(r.id),
      disk: size(diskUsage(daemon, r.image)),
      content: size(r.image.compressedSize),
      extra: chip,
    };
    if (!expanded) return [top];
    const child: TreeLine = { ...top, name: '└─ linux/amd64', id: truncateId(r.image.id) };
    return [top, child];
  });
  const all = groups.flat();
  const nameW = Math.max('IMAGE'.length, ...all.map((l) => l.name.length));
  const extraW = Math.max(5, ...all.map((l) => l.extra.length));
  const line = (l: TreeLine) =>
    `${l.name.padEnd(nameW)}   ${l.id.padEnd(12)}   ${l.disk.padStart(10)}   ${l.content.padStart(12)}   ${l.extra.padEnd(extraW)}`;
  const header = line({
    name: 'IMAGE',
    id: 'ID',
    disk: 'DISK USAGE',
    content: 'CONTENT SIZE',
    extra: 'EXTRA',
  });
  let out = '';
  if (term.tty) {
    // uncertain: the legend is right-aligned to the table width (§2.7).
    const legend = term.color
      ? '\x1b[2mi\x1b[0m Info →  \x1b[7m U \x1b[0m In Use'
      : ' Info -> U In Use';
    const visible = term.color ? 'i Info →   U  In Use' : legend;
    out += `${' '.repeat(Math.max(0, header.length - visible.length))}${legend}\n`;
  }
  out += `${header}\n`;
  for (const g of groups) {
    out += g.map((l) => `${line(l)}\n`).join('');
    if (expanded) out += '\n';
  }
  return out;
}

function nameOf(r: ImageRow): string {
  return r.ref ? `${r.repository}:${r.tag}` : '<untagged>';
}
