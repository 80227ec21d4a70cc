/** One row per (image, tag), as `docker images` lists them, with the fields --format knows. */
import type { Daemon } from '../../daemon/daemon';
import type { StoredImage } from '../../daemon/types';
import { imageCreatedSince } from '../../format/human-duration';
import { imageSize } from '../../format/human-size';
import { truncateId } from '../../format/ids';
import { familiarName, parseReference } from '../../images/reference';
import { memo } from './table';

export interface ImageRow {
  readonly image: StoredImage;
  /** Familiar repository or `<none>`. */
  readonly repository: string;
  readonly tag: string;
  /** Full normalised tag, or undefined for a dangling image. */
  readonly ref?: string;
  readonly digest: string;
  readonly id: string;
  readonly createdMs: number;
}

/** The ID docker shows: config id (classic) or the image index digest (containerd store). */
export function displayId(daemon: Daemon, image: StoredImage): string {
  return daemon.profile.store === 'containerd' ? (image.digest ?? image.id) : image.id;
}

/** DISK USAGE of the containerd store. uncertain: ≈ unpacked + compressed content (§2.1 obs.). */
export function diskUsage(daemon: Daemon, image: StoredImage): number {
  return daemon.profile.store === 'containerd' ? image.size + image.compressedSize : image.size;
}

export function imageRows(daemon: Daemon): ImageRow[] {
  const rows: ImageRow[] = [];
  for (const image of daemon.images.list()) {
    const createdMs = Date.parse(image.created);
    const digestOf = (repo: string) => {
      const d = image.repoDigests.find((r) => r.startsWith(`${repo}@`));
      return d ? d.slice(d.indexOf('@') + 1) : '<none>';
    };
    const id = displayId(daemon, image);
    if (image.repoTags.length === 0) {
      const d = image.repoDigests[0];
      rows.push({
        image,
        repository: d ? familiarName(parseReference(d.slice(0, d.indexOf('@')))) : '<none>',
        tag: '<none>',
        digest: d ? d.slice(d.indexOf('@') + 1) : '<none>',
        id,
        createdMs,
      });
      continue;
    }
    for (const ref of image.repoTags) {
      // Stored tags are normalised (`docker.io/library/node:22`), so plain string cuts suffice.
      const colon = ref.lastIndexOf(':');
      const repo = ref.slice(0, colon);
      rows.push({
        image,
        repository: familiarRepo(repo),
        tag: ref.slice(colon + 1),
        ref,
        digest: digestOf(repo),
        id,
        createdMs,
      });
    }
  }
  // moby lists newest first.
  return rows.sort((a, b) => b.createdMs - a.createdMs);
}

/** `docker.io/library/node` → `node`, `docker.io/user/app` → `user/app`; others unchanged. */
export function familiarRepo(repo: string): string {
  if (!repo.startsWith('docker.io/')) return repo;
  const path = repo.slice('docker.io/'.length);
  return path.startsWith('library/') && !path.slice(8).includes('/') ? path.slice(8) : path;
}

/** rowFields with per-command caches for sizes and times (1,000-row tables). */
export function fieldMaker(
  daemon: Daemon,
  noTrunc: boolean,
): (row: ImageRow) => Record<string, string> {
  const size = memo(imageSize);
  const since = memo((s: number) => imageCreatedSince(s, daemon.now()));
  return (row) => {
    const seconds = Math.floor(row.createdMs / 1000);
    const disk = size(diskUsage(daemon, row.image));
    return {
      Containers: 'N/A',
      CreatedAt: goTime(row.createdMs),
      CreatedSince: since(seconds),
      Digest: row.digest,
      ID: noTrunc ? row.id : truncateId(row.id),
      Repository: row.repository,
      SharedSize: 'N/A',
      Size: disk,
      Tag: row.tag,
      UniqueSize: 'N/A',
      VirtualSize: disk,
    };
  };
}

/** `docker images node` / `node:22`: match the familiar repository, and the tag if given. */
export function matchesFilter(row: ImageRow, filter: string): boolean {
  const colon = filter.lastIndexOf(':');
  const hasTag = colon > filter.lastIndexOf('/');
  const repo = hasTag ? filter.slice(0, colon) : filter;
  const tag = hasTag ? filter.slice(colon + 1) : undefined;
  let name: string;
  try {
    name = familiarName(parseReference(repo));
  } catch {
    name = repo;
  }
  return row.repository === name && (tag === undefined || row.tag === tag);
}

/** Go's time.Time String() in UTC: `2026-11-26 12:00:00 +0000 UTC`. */
export function goTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000 UTC`;
}
