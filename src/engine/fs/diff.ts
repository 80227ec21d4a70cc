import { createLayer, type Layer } from './layer';
import { WHITEOUT, type LayerEntry } from './node';
import type { Tree } from './tree';

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/**
 * The layer that turns `before` into `after`, given the paths touched in between.
 * - a path gone now but present before → whiteout (only the topmost: a whiteout hides all below)
 * - a directory that was deleted and made again → opaque, so lower contents stay hidden
 * - a node that is not the very same object as before → added (nodes are immutable); below an
 *   opaque directory every surviving node is added, since the lower copy is hidden
 */
export function diffTrees(
  before: Tree,
  after: Tree,
  touched: ReadonlySet<string>,
  deleted: ReadonlySet<string>,
  createdBy?: string,
): Layer {
  const entries: [string, LayerEntry][] = [];
  const hidden = new Set<string>(); // whiteouts and opaque dirs written so far
  const opaque: string[] = [];
  const isHidden = (path: string): boolean => {
    for (let p = parentOf(path); ; p = parentOf(p)) {
      if (hidden.has(p)) return true;
      if (p === '/') return false;
    }
  };
  for (const path of [...touched].sort()) {
    const now = after.get(path);
    const old = before.get(path);
    if (now === undefined) {
      if (old !== undefined && !isHidden(path)) {
        entries.push([path, WHITEOUT]);
        hidden.add(path);
      }
      continue;
    }
    if (now === old && !isHidden(path)) continue;
    entries.push([path, now]);
    if (now.type === 'dir' && old?.type === 'dir' && deleted.has(path)) {
      opaque.push(path);
      hidden.add(path);
    }
  }
  return createLayer(entries, { opaque, ...(createdBy === undefined ? {} : { createdBy }) });
}
