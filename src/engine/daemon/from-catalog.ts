/**
 * Turns a catalog image (what the simulated registry serves) into a StoredImage: its
 * RootfsEntry list becomes a one-layer Snapshot. Snapshots are cached per image id, since
 * catalog images never change; the builder can use this for FROM too.
 */
import { createLayer, Snapshot, type FsNode } from '../fs';
import type { CatalogImage, Libc, RootfsEntry } from '../images/types';
import type { StoredImage } from './types';

const snapshots = new Map<string, Snapshot>();

function elfKind(libc: Libc): string {
  return libc === 'glibc'
    ? 'elf-dynamic-glibc'
    : libc === 'musl'
      ? 'elf-dynamic-musl'
      : 'elf-static';
}

/** The fs node for one rootfs entry. Program files are ELF binaries tagged `program:<name>`. */
function toNode(entry: RootfsEntry, libc: Libc): FsNode {
  const meta = { mode: entry.mode, uid: entry.uid, gid: entry.gid, mtime: 0 };
  if (entry.type === 'dir') return { type: 'dir', ...meta };
  if (entry.type === 'symlink') return { type: 'symlink', ...meta, target: entry.target ?? '' };
  return {
    type: 'file',
    ...meta,
    size: entry.content !== undefined ? entry.content.length : (entry.size ?? 0),
    ...(entry.content !== undefined ? { content: entry.content } : {}),
    ...(entry.program
      ? {
          // busybox in distroless :debug is a static musl build (ground truth §1.3).
          kind: entry.program === 'busybox' && libc === 'glibc' ? 'elf-static' : elfKind(libc),
          fingerprint: `program:${entry.program}`,
        }
      : {}),
  };
}

export function catalogSnapshot(image: CatalogImage): Snapshot {
  let snap = snapshots.get(image.id);
  if (!snap) {
    const layer = createLayer(image.rootfs.map((e) => [e.path, toNode(e, image.facts.libc)]));
    snap = Snapshot.of([layer]);
    snapshots.set(image.id, snap);
  }
  return snap;
}

/** `program:<name>` fingerprints name the simulated program a file runs. */
export function programOf(node: FsNode | undefined): string | undefined {
  if (node?.type !== 'file' || !node.fingerprint?.startsWith('program:')) return undefined;
  return node.fingerprint.slice('program:'.length);
}

/** The stored form of a pulled catalog image under one repository (`docker.io/library/node`). */
export function storedFromCatalog(image: CatalogImage, repository: string): StoredImage {
  return {
    id: image.id,
    digest: image.digest,
    repoTags: [],
    repoDigests: [`${repository}@${image.digest}`],
    created: image.created,
    size: image.size,
    compressedSize: image.compressedSize,
    history: image.history,
    config: image.config,
    facts: image.facts,
    rootfs: catalogSnapshot(image),
    origin: 'catalog',
  };
}
