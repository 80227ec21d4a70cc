import { FsError } from './errors';
import type { FsNode } from './node';
import { childPath, type ReadonlyTree } from './tree';

/** Linux gives up after 40 symlinks in one lookup (MAXSYMLINKS). */
export const MAX_SYMLINKS = 40;

export interface Resolved {
  /** The real path of the last component (intermediate symlinks followed). */
  readonly path: string;
  /** Its node, or undefined when only the last component is missing. */
  readonly node: FsNode | undefined;
  /** The real path of the directory that holds it. */
  readonly parent: string;
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/**
 * Walks `path` one component at a time, as the kernel does: intermediate symlinks are always
 * followed, the last one only when `followLast`; `..` is physical (after symlinks). A missing
 * intermediate component is ENOENT, a non-directory one ENOTDIR, more than 40 links ELOOP.
 * `onTraverse` is called for each directory searched, so callers can check the x bit.
 * Errors name `path` as the caller wrote it, because programs print what the user typed.
 */
export function resolvePath(
  tree: ReadonlyTree,
  path: string,
  followLast: boolean,
  onTraverse?: (dir: string, node: FsNode) => void,
): Resolved {
  let comps = path.split('/').filter((c) => c !== '' && c !== '.');
  let cur = '/';
  let links = 0;
  while (comps.length > 0) {
    const name = comps.shift()!;
    const last = comps.length === 0;
    if (name === '..') {
      cur = parentOf(cur);
      continue;
    }
    if (onTraverse) onTraverse(cur, tree.get(cur)!);
    const p = childPath(cur, name);
    const node = tree.get(p);
    if (!node) {
      if (last) return { path: p, node: undefined, parent: cur };
      throw new FsError('ENOENT', path);
    }
    if (node.type === 'symlink' && (!last || followLast)) {
      if (++links > MAX_SYMLINKS) throw new FsError('ELOOP', path);
      if (node.target.startsWith('/')) cur = '/';
      comps = [...node.target.split('/').filter((c) => c !== '' && c !== '.'), ...comps];
      continue;
    }
    if (last) return { path: p, node, parent: cur };
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    cur = p;
  }
  return { path: cur, node: tree.get(cur), parent: parentOf(cur) };
}
