import type { FsNode, LayerEntry } from './node';
import { ROOT_DIR, Tree } from './tree';

/**
 * One immutable image layer: a diff over the layers below it. A deleted path is an OCI
 * whiteout; a directory in `opaque` hides everything the lower layers had below it.
 */
export interface Layer {
  readonly entries: ReadonlyMap<string, LayerEntry>;
  readonly opaque: ReadonlySet<string>;
  /**
   * Bytes this layer adds: the sizes of the files it adds or changes (what `docker history`
   * shows). Whiteouts add nothing and never shrink a lower layer: deleting a 1 GB file in a
   * later RUN leaves the image 1 GB bigger, which is why multi-stage builds help.
   */
  readonly size: number;
  /** Free text for history, e.g. `COPY . . # buildkit`. */
  readonly createdBy?: string;
}

export interface LayerInit {
  readonly opaque?: Iterable<string>;
  readonly createdBy?: string;
}

export function createLayer(
  entries: Iterable<readonly [string, LayerEntry]>,
  init: LayerInit = {},
): Layer {
  const map = new Map<string, LayerEntry>();
  for (const [path, entry] of entries) map.set(path, entry);
  const sorted = new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let size = 0;
  for (const entry of sorted.values()) if (entry.type === 'file') size += entry.size;
  const layer: Layer = {
    entries: sorted,
    opaque: new Set(init.opaque ?? []),
    size,
    ...(init.createdBy === undefined ? {} : { createdBy: init.createdBy }),
  };
  return Object.freeze(layer);
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Creates missing parents, which a hand-written or imported layer may leave out. */
function ensureParents(tree: Tree, path: string): void {
  const parent = parentOf(path);
  const node = tree.get(parent);
  if (node?.type === 'dir') return;
  ensureParents(tree, parent);
  tree.set(parent, { ...ROOT_DIR, mtime: 0 });
}

/** Applies a layer on top of a merged tree (in place): deletions first, then additions. */
export function applyLayer(tree: Tree, layer: Layer): void {
  for (const [path, entry] of layer.entries) if (entry.type === 'whiteout') tree.delete(path);
  for (const path of layer.opaque) tree.deleteChildren(path);
  for (const [path, entry] of layer.entries) {
    if (entry.type === 'whiteout') continue;
    if (path !== '/') ensureParents(tree, path);
    tree.set(path, entry as FsNode);
  }
}
