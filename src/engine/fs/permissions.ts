import { FsError } from './errors';
import type { FsNode } from './node';

/** Who performs an operation. Root (uid 0) bypasses read/write/search checks, as on Linux. */
export interface Cred {
  readonly uid: number;
  readonly gid: number;
  /** Supplementary groups. */
  readonly groups?: readonly number[];
}

export const ROOT: Cred = Object.freeze({ uid: 0, gid: 0 });

export type Access = 'r' | 'w' | 'x';

const BIT: Readonly<Record<Access, number>> = { r: 4, w: 2, x: 1 };

/**
 * The classic owner/group/other check. Root passes everything except executing a file with no
 * x bit at all (Linux's rule), which only matters to programs deciding whether a binary runs.
 */
export function canAccess(node: FsNode, cred: Cred, access: Access): boolean {
  if (cred.uid === 0) {
    return access !== 'x' || node.type === 'dir' || (node.mode & 0o111) !== 0;
  }
  const bit = BIT[access];
  if (node.uid === cred.uid) return ((node.mode >> 6) & bit) !== 0;
  if (node.gid === cred.gid || (cred.groups ?? []).includes(node.gid)) {
    return ((node.mode >> 3) & bit) !== 0;
  }
  return (node.mode & bit) !== 0;
}

export function requireAccess(node: FsNode, cred: Cred, access: Access, path: string): void {
  if (!canAccess(node, cred, access)) throw new FsError('EACCES', path);
}

/** Creating, deleting or renaming an entry needs write and search permission on its directory. */
export function requireDirWrite(dir: FsNode, cred: Cred, path: string): void {
  if (cred.uid === 0) return;
  if (!canAccess(dir, cred, 'w') || !canAccess(dir, cred, 'x')) throw new FsError('EACCES', path);
}
