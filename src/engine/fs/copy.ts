import { CopyChmodError, CopyChownError } from './copy-errors';
import { goMatch } from './glob';
import { hashString } from './hash';
import type { FsNode } from './node';
import { resolvePath } from './resolve';
import { childPath, type ReadonlyTree } from './tree';
import type { UserLookup } from './users';

/**
 * COPY/ADD source resolution, following BuildKit (dockerfile2llb + fsutil copy):
 * - sources are relative to the source root (context or `--from` stage); `..` cannot escape it
 * - wildcards use Go's filepath.Match per path component; a wildcard matching nothing copies
 *   nothing (BuildKit sets AllowEmptyWildcard) — uncertain for old BuildKit versions
 * - a missing literal source fails with the captured "failed to compute cache key" error
 * - a directory source copies its CONTENTS; a file goes INTO an existing directory, or into
 *   the destination when it ends with `/` (or is `.`), otherwise it becomes the destination
 * - several sources and a destination without `/`: BuildKit raises no error and copies each
 *   onto the destination in turn (moby/buildkit#1853); the classic builder refuses (`legacy`)
 * - `--link` changes how the layer is stacked (no dependency on the layers below), never the
 *   files written, so it has no effect here
 */
export interface CopyRequest {
  readonly instruction?: 'COPY' | 'ADD';
  readonly sources: readonly string[];
  readonly dest: string;
  /** The stage's WORKDIR, for a relative destination. Default `/`. */
  readonly workdir?: string;
  /** Where sources come from: a BuildContext or a stage's Snapshot. */
  readonly from: ReadonlyTree;
  /** The filesystem being written, to see which destination directories exist. */
  readonly target?: ReadonlyTree;
  readonly chown?: string;
  readonly chmod?: string;
  readonly link?: boolean;
  readonly exclude?: readonly string[];
  /** Resolves --chown names; use `userLookupFromFs(stageFs)` (BuildKit reads the stage's files). */
  readonly users?: UserLookup;
  /** BuildKit's `<id>::<id>` ref shown in the not-found error. */
  readonly refId?: string;
  /** mtime for directories the copy creates. */
  readonly mtime?: number;
  /** Classic builder rules (for the legacy-builder lesson). */
  readonly legacy?: boolean;
}

export interface CopyWrite {
  readonly path: string;
  readonly node: FsNode;
}

export interface CopyPlan {
  /** In order: parents before children. Apply with `applyCopyPlan` or `vfs.putNode`. */
  readonly writes: readonly CopyWrite[];
  /** File bytes written: the size of the layer this COPY makes. */
  readonly bytes: number;
  readonly fileCount: number;
  /** Cache key of every source's content (FNV, not a digest; mtimes ignored). */
  readonly sourceHash: string;
  /** Several sources with a destination not ending in `/` (a hadolint DL3021 situation). */
  readonly multipleSourcesWithoutSlash: boolean;
}

export function parseChmod(value: string): number {
  if (!/^[0-7]+$/.test(value) || parseInt(value, 8) > 0o7777) throw new CopyChmodError(value);
  return parseInt(value, 8);
}

/** `user`, `user:group`, `uid`, `uid:gid`; a user alone also gives gid = uid (Docker docs). */
export function parseChown(value: string, users?: UserLookup): { uid: number; gid: number } {
  const [userPart, groupPart] = value.split(/:(.*)/s) as [string, string | undefined];
  let uid: number;
  if (/^\d+$/.test(userPart)) uid = Number(userPart);
  else {
    const u = users?.user(userPart);
    if (!u) throw new CopyChownError('user', userPart);
    uid = u.uid;
  }
  if (groupPart === undefined || groupPart === '') return { uid, gid: uid };
  if (/^\d+$/.test(groupPart)) return { uid, gid: Number(groupPart) };
  const gid = users?.group(groupPart);
  if (gid === undefined) throw new CopyChownError('group', groupPart);
  return { uid, gid };
}

/** Deterministic stand-in for BuildKit's random ref ids (25 base-36 chars each). */
export function defaultRefId(seed: string): string {
  const id = (s: string) => {
    const h = hashString(s) + hashString(s + '#');
    return BigInt('0x' + h)
      .toString(36)
      .padStart(25, '0')
      .slice(-25);
  };
  return `${id(seed)}::${id(seed + 'ref')}`;
}

/** Expands a wildcard source (absolute, normalised) against the source tree, sorted. */
export function globSources(tree: ReadonlyTree, pattern: string): string[] {
  const comps = pattern.split('/').filter((c) => c !== '');
  const out: string[] = [];
  const visit = (dir: string, i: number): void => {
    for (const name of tree.list(dir)) {
      if (!goMatch(comps[i]!, name)) continue;
      const p = childPath(dir, name);
      if (i === comps.length - 1) out.push(p);
      else {
        try {
          const r = resolvePath(tree, p, true);
          if (r.node?.type === 'dir') visit(r.path, i + 1);
        } catch {
          // a dangling or looping link cannot contain matches
        }
      }
    }
  };
  if (comps.length > 0) visit('/', 0);
  return out;
}
