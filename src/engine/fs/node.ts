/**
 * What the filesystem stores. Nodes are immutable plain objects (so layers can share them and
 * serialise to JSON as they are); every change replaces a node.
 */

// One UTF-8 length for the engine; re-exported because fs callers size file contents with it.
export { utf8Length } from '../util/utf8';

/** Tags a binary so later code (programs, `docker run`) can decide whether it can execute. */
export type FileKind =
  | 'elf-dynamic-glibc'
  | 'elf-dynamic-musl'
  | 'elf-static'
  | 'script'
  | 'text'
  | 'data'
  | (string & {});

export interface NodeMeta {
  /** Permission bits only (0o7777), e.g. 0o755. The type is in `type`. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Seconds since the epoch. Deterministic: it comes from the VFS clock, never Date.now(). */
  readonly mtime: number;
}

export interface FileNode extends NodeMeta {
  readonly type: 'file';
  /** The text content; absent for synthetic files (a 1 GB binary is only a size). */
  readonly content?: string;
  /** Bytes: UTF-8 length of `content`, or the synthetic size. */
  readonly size: number;
  readonly kind?: FileKind;
  /** For synthetic files: distinguishes two contents of the same size in content hashes. */
  readonly fingerprint?: string;
}

export interface DirNode extends NodeMeta {
  readonly type: 'dir';
}

export interface SymlinkNode extends NodeMeta {
  readonly type: 'symlink';
  readonly target: string;
}

export type FsNode = FileNode | DirNode | SymlinkNode;

/** OCI whiteout: the path (and everything below it) is deleted in this layer. */
export interface Whiteout {
  readonly type: 'whiteout';
}

export const WHITEOUT: Whiteout = Object.freeze({ type: 'whiteout' });

export type LayerEntry = FsNode | Whiteout;

/** Seconds since the epoch used when no clock is given: 2024-01-01T00:00:00Z. */
export const DEFAULT_MTIME = 1704067200;

export function isDir(node: FsNode | undefined): node is DirNode {
  return node?.type === 'dir';
}
