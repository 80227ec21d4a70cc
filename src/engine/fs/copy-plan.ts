import { CopyMultipleSourcesError, CopySourceNotFoundError } from './copy-errors';
import {
  defaultRefId,
  globSources,
  parseChmod,
  parseChown,
  type CopyPlan,
  type CopyRequest,
  type CopyWrite,
} from './copy';
import { FsError } from './errors';
import { hasWildcards } from './glob';
import { Fnv64, hashTree } from './hash';
import { PatternMatcher, type MatchInfo } from './ignore';
import { DEFAULT_MTIME, type FsNode } from './node';
import { basename, normalize, resolve } from './posix-path';
import { resolvePath } from './resolve';
import { childPath, type ReadonlyTree } from './tree';
import type { Vfs } from './vfs';

/** Works out every node a COPY/ADD writes (see copy.ts for the rules). Writes nothing. */
export function planCopy(req: CopyRequest): CopyPlan {
  const instruction = req.instruction ?? 'COPY';
  const chmod = req.chmod === undefined ? undefined : parseChmod(req.chmod);
  const owner = req.chown === undefined ? undefined : parseChown(req.chown, req.users);
  const exclude = req.exclude?.length ? new PatternMatcher(req.exclude) : undefined;
  const mtime = req.mtime ?? DEFAULT_MTIME;
  const refId = req.refId ?? defaultRefId(req.sources.join('\0'));
  const dirHint = req.dest === '.' || req.dest.endsWith('/') || req.dest.endsWith('/.');
  const destAbs = resolve(req.workdir ?? '/', req.dest);

  // Insertion-ordered: a path written twice keeps its first (parent-before-child) position.
  const planned = new Map<string, FsNode>();
  const overlay: ReadonlyTree = {
    get: (p) => planned.get(p) ?? req.target?.get(p),
    list: () => [],
  };
  const lookup = (p: string): { path: string; node: FsNode | undefined } => {
    try {
      return resolvePath(overlay, p, true);
    } catch {
      return { path: p, node: undefined };
    }
  };
  const write = (path: string, node: FsNode): void => {
    planned.set(path, node);
  };
  const adopt = (node: FsNode): FsNode => {
    const withOwner = owner ? { ...node, ...owner } : node;
    return chmod === undefined || node.type === 'symlink'
      ? withOwner
      : { ...withOwner, mode: chmod };
  };
  /** mkdir -p; returns the real path. Created parents are 0755, owned by --chown (or root). */
  const ensureDir = (path: string): string => {
    let real = '/';
    for (const comp of path.split('/').filter((c) => c !== '')) {
      const r = lookup(childPath(real, comp));
      if (!r.node) {
        write(r.path, {
          type: 'dir',
          mode: 0o755,
          uid: owner?.uid ?? 0,
          gid: owner?.gid ?? 0,
          mtime,
        });
      } else if (r.node.type !== 'dir') throw new FsError('ENOTDIR', path);
      real = r.path;
    }
    return real;
  };

  let bytes = 0;
  let fileCount = 0;
  const hash = new Fnv64();
  const copyNode = (path: string, node: FsNode): void => {
    write(path, adopt(node));
    if (node.type !== 'dir') fileCount++;
    if (node.type === 'file') bytes += node.size;
  };
  const copyDir = (src: string, dest: string, info: MatchInfo): void => {
    for (const name of req.from.list(src)) {
      const p = childPath(src, name);
      const node = req.from.get(p)!;
      const rel = p.slice(srcRoot.length + (srcRoot === '/' ? 0 : 1));
      let childInfo: MatchInfo;
      if (exclude) {
        const m = exclude.matchWithParent(rel, info ?? []);
        childInfo = m.info;
        // uncertain: an excluded directory is skipped unless an exception could re-include.
        if (m.matched && (node.type !== 'dir' || !exclude.exclusions)) continue;
      }
      copyNode(childPath(dest, name), node);
      if (node.type === 'dir') copyDir(p, childPath(dest, name), childInfo);
    }
  };
  let srcRoot = '/';

  if (dirHint) ensureDir(destAbs);
  let matchCount = 0;
  for (const source of req.sources) {
    const srcAbs = normalize('/' + source);
    const matches = hasWildcards(source) ? globSources(req.from, srcAbs) : [srcAbs];
    for (const m of matches) {
      let r: { path: string; node: FsNode | undefined };
      try {
        r = resolvePath(req.from, m, true);
      } catch (e) {
        if (e instanceof FsError) throw new CopySourceNotFoundError(m, refId);
        throw e;
      }
      if (!r.node) throw new CopySourceNotFoundError(m, refId);
      matchCount++;
      hash.update(`${m}\0${hashTree(req.from, r.path)}\n`);
      let destPath = destAbs;
      const existing = lookup(destPath);
      if (r.node.type !== 'dir' && existing.node?.type === 'dir') {
        destPath = childPath(existing.path, basename(m));
      }
      const slash = destPath.lastIndexOf('/');
      const parent = ensureDir(destPath.slice(0, slash) || '/');
      destPath = childPath(parent, destPath.slice(slash + 1));
      if (r.node.type === 'dir') {
        srcRoot = r.path;
        // The destination directory takes the source directory's metadata (fsutil copyFileInfo).
        if (destPath !== '/' || !req.target?.get('/')) copyNode(destPath, r.node);
        copyDir(r.path, destPath, undefined);
      } else if (!exclude?.matches(basename(m))) {
        copyNode(destPath, r.node);
      }
    }
  }
  if (matchCount > 1 && !dirHint && req.legacy) throw new CopyMultipleSourcesError(instruction);
  const writes: CopyWrite[] = [...planned].map(([path, node]) => ({ path, node }));
  return {
    writes,
    bytes,
    fileCount,
    sourceHash: hash.digest(),
    multipleSourcesWithoutSlash: matchCount > 1 && !dirHint,
  };
}

/** Writes a plan into a filesystem as root (the builder's COPY step). */
export function applyCopyPlan(vfs: Vfs, plan: CopyPlan): void {
  for (const { path, node } of plan.writes) vfs.putNode(path, node);
}
