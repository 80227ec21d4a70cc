import { diffTrees } from './diff';
import { FsError } from './errors';
import type { Layer } from './layer';
import { DEFAULT_MTIME, utf8Length, type FileNode, type FsNode } from './node';
import type { FileData, VfsOptions, WriteOptions } from './vfs-types';

export type { FileData, VfsOptions, WriteOptions } from './vfs-types';
import { ROOT, canAccess, requireAccess, requireDirWrite, type Cred } from './permissions';
import { resolvePath, type Resolved } from './resolve';
import { Snapshot } from './snapshot';
import { walkTree, type ReadonlyTree, type Tree } from './tree';

interface State {
  base: Snapshot;
  tree: Tree;
  touched: Set<string>;
  deleted: Set<string>;
  clock: () => number;
}

/**
 * A writable filesystem over a snapshot (a container's or a build step's upper layer).
 * Paths are absolute (a relative path is taken from `/`); resolve against a cwd with
 * `path.resolve` first. `as(cred)` gives a view that checks permissions for that user; the
 * default view is root. `commit()` turns the changes into a new immutable layer.
 */
export class Vfs implements ReadonlyTree {
  private constructor(
    private readonly s: State,
    readonly cred: Cred,
  ) {}

  static create(lower: Snapshot = Snapshot.empty(), options: VfsOptions = {}): Vfs {
    const state: State = {
      base: lower,
      tree: lower.tree().clone(),
      touched: new Set(),
      deleted: new Set(),
      clock: options.clock ?? (() => DEFAULT_MTIME),
    };
    return new Vfs(state, ROOT);
  }

  /** The same filesystem seen by another user (shares state). */
  as(cred: Cred): Vfs {
    return new Vfs(this.s, cred);
  }

  // ReadonlyTree: raw access, no symlinks followed, no permission checks.
  get(path: string): FsNode | undefined {
    return this.s.tree.get(path);
  }
  list(path: string): readonly string[] {
    return this.s.tree.list(path);
  }

  private resolve(path: string, followLast: boolean): Resolved {
    const check =
      this.cred.uid === 0
        ? undefined
        : (dir: string, node: FsNode) => requireAccess(node, this.cred, 'x', path || dir);
    return resolvePath(this.s.tree, path, followLast, check);
  }

  private existing(path: string, followLast: boolean): Resolved & { node: FsNode } {
    const r = this.resolve(path, followLast);
    if (!r.node) throw new FsError('ENOENT', path);
    return r as Resolved & { node: FsNode };
  }

  private put(path: string, node: FsNode): void {
    this.s.tree.set(path, node);
    this.s.touched.add(path);
  }

  private remove(path: string): void {
    this.s.tree.delete(path);
    this.s.touched.add(path);
    this.s.deleted.add(path);
  }

  private requireParentWrite(r: Resolved, path: string): void {
    requireDirWrite(this.s.tree.get(r.parent)!, this.cred, path);
  }

  stat(path: string): FsNode {
    return this.existing(path, true).node;
  }
  lstat(path: string): FsNode {
    return this.existing(path, false).node;
  }
  exists(path: string): boolean {
    try {
      return this.resolve(path, true).node !== undefined;
    } catch {
      return false;
    }
  }
  isDirectory(path: string): boolean {
    try {
      return this.resolve(path, true).node?.type === 'dir';
    } catch {
      return false;
    }
  }
  realpath(path: string): string {
    return this.existing(path, true).path;
  }
  access(path: string, access: 'r' | 'w' | 'x'): boolean {
    return canAccess(this.stat(path), this.cred, access);
  }

  /** Text content; `null` for a synthetic binary (it has a size but no bytes). */
  readFile(path: string): string | null {
    const { node } = this.existing(path, true);
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    requireAccess(node, this.cred, 'r', path);
    return (node as FileNode).content ?? null;
  }

  writeFile(path: string, data: FileData, options: WriteOptions = {}): void {
    const r = this.resolve(path, true);
    const old = r.node;
    if (old?.type === 'dir') throw new FsError('EISDIR', path);
    if (old) requireAccess(old, this.cred, 'w', path);
    else this.requireParentWrite(r, path);
    const body =
      typeof data === 'string'
        ? { content: data, size: utf8Length(data) }
        : { size: data.size, ...(data.fingerprint ? { fingerprint: data.fingerprint } : {}) };
    const kind = options.kind ?? (old as FileNode | undefined)?.kind;
    this.put(r.path, {
      type: 'file',
      mode: options.mode ?? old?.mode ?? 0o644,
      uid: options.uid ?? old?.uid ?? this.cred.uid,
      gid: options.gid ?? old?.gid ?? this.cred.gid,
      mtime: this.s.clock(),
      ...body,
      ...(kind === undefined ? {} : { kind }),
    });
  }

  /** mkdir, or `mkdir -p` with `recursive`. Returns the directories it created, top first. */
  mkdir(path: string, options: WriteOptions & { recursive?: boolean } = {}): string[] {
    const make = (r: Resolved, shown: string): string => {
      this.requireParentWrite(r, shown);
      this.put(r.path, {
        type: 'dir',
        mode: options.mode ?? 0o755,
        uid: options.uid ?? this.cred.uid,
        gid: options.gid ?? this.cred.gid,
        mtime: this.s.clock(),
      });
      return r.path;
    };
    if (!options.recursive) {
      const r = this.resolve(path, false);
      if (r.node) throw new FsError('EEXIST', path);
      return [make(r, path)];
    }
    const created: string[] = [];
    const comps = path.split('/').filter((c) => c !== '' && c !== '.');
    let prefix = '';
    for (let i = 0; i < comps.length; i++) {
      prefix += '/' + comps[i];
      const r = this.resolve(prefix, true);
      if (!r.node) created.push(make(r, path));
      else if (r.node.type !== 'dir') {
        throw new FsError(i === comps.length - 1 ? 'EEXIST' : 'ENOTDIR', path);
      }
    }
    return created;
  }

  symlink(target: string, path: string, options: WriteOptions = {}): void {
    const r = this.resolve(path, false);
    if (r.node) throw new FsError('EEXIST', path);
    this.requireParentWrite(r, path);
    this.put(r.path, {
      type: 'symlink',
      target,
      mode: 0o777,
      uid: options.uid ?? this.cred.uid,
      gid: options.gid ?? this.cred.gid,
      mtime: this.s.clock(),
    });
  }

  readlink(path: string): string {
    const { node } = this.existing(path, false);
    if (node.type !== 'symlink') throw new FsError('EINVAL', path);
    return node.target;
  }

  readdir(path: string): string[] {
    const { node, path: real } = this.existing(path, true);
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    requireAccess(node, this.cred, 'r', path);
    return [...this.s.tree.list(real)];
  }

  /** `rm` (`-r` with recursive, `-f` with force). Symlinks are removed, never followed. */
  rm(path: string, options: { recursive?: boolean; force?: boolean } = {}): void {
    let r: Resolved;
    try {
      r = this.resolve(path, false);
    } catch (e) {
      if (options.force && e instanceof FsError && e.code === 'ENOENT') return;
      throw e;
    }
    if (!r.node) {
      if (options.force) return;
      throw new FsError('ENOENT', path);
    }
    if (r.path === '/') throw new FsError('EPERM', path);
    if (r.node.type === 'dir' && !options.recursive) throw new FsError('EISDIR', path);
    this.requireParentWrite(r, path);
    if (r.node.type === 'dir' && this.cred.uid !== 0) {
      for (const { path: p, node } of walkTree(this.s.tree, r.path)) {
        if (node.type === 'dir' && this.s.tree.childCount(p) > 0) {
          requireDirWrite(node, this.cred, path);
        }
      }
    }
    this.remove(r.path);
  }

  rmdir(path: string): void {
    const r = this.existing(path, false);
    if (r.node.type !== 'dir') throw new FsError('ENOTDIR', path);
    if (this.s.tree.childCount(r.path) > 0) throw new FsError('ENOTEMPTY', path);
    if (r.path === '/') throw new FsError('EPERM', path);
    this.requireParentWrite(r, path);
    this.remove(r.path);
  }

  rename(from: string, to: string): void {
    const src = this.existing(from, false);
    const dst = this.resolve(to, false);
    if (src.path === '/' || dst.path === src.path) return;
    if (dst.path.startsWith(src.path + '/')) throw new FsError('EINVAL', to);
    this.requireParentWrite(src, from);
    this.requireParentWrite(dst, to);
    if (dst.node) {
      if (src.node.type === 'dir' && dst.node.type !== 'dir') throw new FsError('ENOTDIR', to);
      if (src.node.type !== 'dir' && dst.node.type === 'dir') throw new FsError('EISDIR', to);
      if (dst.node.type === 'dir' && this.s.tree.childCount(dst.path) > 0) {
        throw new FsError('ENOTEMPTY', to);
      }
      this.remove(dst.path);
    }
    const moved = [...walkTree(this.s.tree, src.path)];
    this.remove(src.path);
    for (const { path, node } of moved) this.put(dst.path + path.slice(src.path.length), node);
  }

  chmod(path: string, mode: number): void {
    const r = this.existing(path, true);
    if (this.cred.uid !== 0 && this.cred.uid !== r.node.uid) throw new FsError('EPERM', path);
    this.put(r.path, { ...r.node, mode: mode & 0o7777 });
  }

  /** Only root may change owners (Linux without CAP_CHOWN refuses even giving files away). */
  chown(path: string, uid: number, gid: number): void {
    const r = this.existing(path, true);
    if (this.cred.uid !== 0) throw new FsError('EPERM', path);
    this.put(r.path, { ...r.node, uid, gid });
  }

  /** Sets a node as is (no permission checks): for the builder applying COPY results. */
  putNode(path: string, node: FsNode): void {
    this.put(path, node);
  }

  /** Pre-order walk below `path` (inclusive), sorted, not following symlinks. */
  walk(path = '/'): Generator<{ path: string; node: FsNode }> {
    return walkTree(this.s.tree, this.existing(path, true).path);
  }

  /** Turns the changes since the last commit into a layer and stacks it onto the snapshot. */
  commit(createdBy?: string): Layer {
    const layer = diffTrees(
      this.s.base.tree(),
      this.s.tree,
      this.s.touched,
      this.s.deleted,
      createdBy,
    );
    this.s.base = this.s.base.withLayer(layer);
    this.s.touched = new Set();
    this.s.deleted = new Set();
    return layer;
  }

  /** The last committed snapshot (uncommitted changes are not in it). */
  snapshot(): Snapshot {
    return this.s.base;
  }
}
