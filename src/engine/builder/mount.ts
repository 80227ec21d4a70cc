/**
 * Mounting a base image: the catalog's rootfs entries become one read-only layer. The catalog
 * lists only the paths that matter (shells, libc, users…), so the image's SIZE comes from its
 * history, not from this layer; the builder adds new layer sizes on top of the catalog size.
 */
import { createLayer, Snapshot, type FsNode, type LayerEntry } from '../fs';
import type { CatalogImage, RootfsEntry } from '../images/types';

const mounted = new Map<string, Snapshot>();

function kindFor(image: CatalogImage, entry: RootfsEntry): FsNode {
  if (entry.type === 'dir') {
    return { type: 'dir', mode: entry.mode, uid: entry.uid, gid: entry.gid, mtime: 0 };
  }
  if (entry.type === 'symlink') {
    return {
      type: 'symlink',
      target: entry.target ?? '',
      mode: 0o777,
      uid: entry.uid,
      gid: entry.gid,
      mtime: 0,
    };
  }
  const libc = image.facts.libc;
  const binaryKind =
    libc === 'glibc' ? 'elf-dynamic-glibc' : libc === 'musl' ? 'elf-dynamic-musl' : 'elf-static';
  return {
    type: 'file',
    mode: entry.mode,
    uid: entry.uid,
    gid: entry.gid,
    mtime: 0,
    size: entry.size ?? (entry.content ? entry.content.length : 0),
    ...(entry.content !== undefined ? { content: entry.content } : {}),
    // The simulated program a binary runs is carried in its fingerprint, `program:<name>`.
    ...(entry.program ? { kind: binaryKind, fingerprint: `program:${entry.program}` } : {}),
  };
}

/** The image's root filesystem as a one-layer Snapshot, built once per image id. */
export function mountCatalogImage(image: CatalogImage): Snapshot {
  const hit = mounted.get(image.id);
  if (hit) return hit;
  const entries: [string, LayerEntry][] = image.rootfs.map((e) => [e.path, kindFor(image, e)]);
  const snapshot = entries.length === 0 ? Snapshot.empty() : Snapshot.of([createLayer(entries)]);
  mounted.set(image.id, snapshot);
  return snapshot;
}
