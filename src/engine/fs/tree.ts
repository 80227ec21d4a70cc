import type { FsNode } from './node';

/**
 * A merged view of a filesystem: every existing path → its node, plus a children index so
 * listing and recursive deletion never scan all paths. `clone()` is cheap enough for 10,000
 * files (two shallow Map copies); the children Sets are copied lazily, on first write.
 */
export interface ReadonlyTree {
  /** The node at an absolute normalised path, without following symlinks. */
  get(path: string): FsNode | undefined;
  /** Child names of a directory, sorted; empty if it is not a directory. */
  list(path: string): readonly string[];
}

export const ROOT_DIR: FsNode = Object.freeze({
  type: 'dir',
  mode: 0o755,
  uid: 0,
  gid: 0,
  mtime: 0,
});

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function childPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

export class Tree implements ReadonlyTree {
  private readonly nodes: Map<string, FsNode>;
  private readonly children: Map<string, Set<string>>;
  /** Directories whose children Set this instance may mutate (not shared with a clone). */
  private owned = new Set<string>();

  constructor(nodes?: Map<string, FsNode>, children?: Map<string, Set<string>>) {
    this.nodes = nodes ?? new Map([['/', ROOT_DIR]]);
    this.children = children ?? new Map([['/', new Set<string>()]]);
    if (!nodes) this.owned.add('/');
  }

  clone(): Tree {
    // Both copies now share every Set, so neither may mutate one without copying it first.
    this.owned = new Set();
    return new Tree(new Map(this.nodes), new Map(this.children));
  }

  get(path: string): FsNode | undefined {
    return this.nodes.get(path);
  }

  has(path: string): boolean {
    return this.nodes.has(path);
  }

  get count(): number {
    return this.nodes.size;
  }

  list(path: string): readonly string[] {
    const set = this.children.get(path);
    return set ? [...set].sort() : [];
  }

  childCount(path: string): number {
    return this.children.get(path)?.size ?? 0;
  }

  paths(): IterableIterator<string> {
    return this.nodes.keys();
  }

  private writableChildren(dir: string): Set<string> {
    let set = this.children.get(dir);
    if (!set) {
      set = new Set();
      this.children.set(dir, set);
      this.owned.add(dir);
    } else if (!this.owned.has(dir)) {
      set = new Set(set);
      this.children.set(dir, set);
      this.owned.add(dir);
    }
    return set;
  }

  /**
   * Sets a node. The parent must already be a directory (callers guarantee it). Replacing a
   * directory with a non-directory drops everything below it.
   */
  set(path: string, node: FsNode): void {
    const old = this.nodes.get(path);
    if (old?.type === 'dir' && node.type !== 'dir') this.deleteChildren(path);
    this.nodes.set(path, node);
    if (path !== '/') this.writableChildren(parentOf(path)).add(nameOf(path));
    if (node.type === 'dir' && !this.children.has(path)) {
      this.children.set(path, new Set());
      this.owned.add(path);
    }
  }

  /** Deletes a path and everything below it. Deleting `/` only empties it. */
  delete(path: string): void {
    if (!this.nodes.has(path)) return;
    this.deleteChildren(path);
    if (path === '/') return;
    this.nodes.delete(path);
    this.children.delete(path);
    this.owned.delete(path);
    this.writableChildren(parentOf(path)).delete(nameOf(path));
  }

  /** Deletes everything below a directory, keeping the directory. */
  deleteChildren(path: string): void {
    const set = this.children.get(path);
    if (!set || set.size === 0) return;
    const stack = [...set].map((n) => childPath(path, n));
    while (stack.length > 0) {
      const p = stack.pop()!;
      const sub = this.children.get(p);
      if (sub) for (const n of sub) stack.push(childPath(p, n));
      this.nodes.delete(p);
      this.children.delete(p);
      this.owned.delete(p);
    }
    this.children.set(path, new Set());
    this.owned.add(path);
  }
}

/** Pre-order walk below `root` (inclusive), children sorted; symlinks are not followed. */
export function* walkTree(
  tree: ReadonlyTree,
  root = '/',
): Generator<{ path: string; node: FsNode }> {
  const node = tree.get(root);
  if (!node) return;
  yield { path: root, node };
  if (node.type !== 'dir') return;
  for (const name of tree.list(root)) yield* walkTree(tree, childPath(root, name));
}
