import { EngineError } from '../errors/engine-error';
import { PatternMatcher, parseDockerignore, type MatchInfo } from './ignore';
import type { FsNode } from './node';
import { normalize } from './posix-path';
import { resolvePath } from './resolve';
import { Tree, childPath, type ReadonlyTree } from './tree';

/**
 * The build context: the host directory `docker build` sends, filtered by .dockerignore the
 * way BuildKit's fsutil walker filters it. The result is a tree rooted at `/` (context-relative
 * paths made absolute) that COPY reads from.
 */
export class ContextNotFoundError extends EngineError {
  readonly code = 'CONTEXT_NOT_FOUND';
  constructor(dir: string) {
    // uncertain: docker-cli-ground-truth.md does not capture this; docker/cli prints
    // `unable to prepare context: path "<dir>" not found` for a missing context directory.
    super(`unable to prepare context: path "${dir}" not found`, {
      hint: 'The last argument of docker build is the context directory; it must exist.',
      data: { dir },
    });
  }
}

export interface BuildContextOptions {
  /** The Dockerfile, relative to the context dir (default `Dockerfile`). */
  readonly dockerfile?: string;
  /**
   * Paths the Dockerfile's COPY/ADD read (BuildKit's FollowPaths): when given and none is
   * `.` or `/`, only these are transferred, which is why `transferring context` can be small.
   */
  readonly includePaths?: readonly string[];
}

export interface BuildContext extends ReadonlyTree {
  /** Included entries (directories too), by absolute context path (`/src/index.js`). */
  readonly tree: Tree;
  /** Regular files and symlinks sent. */
  readonly fileCount: number;
  /**
   * Bytes sent: the sizes of the files sent.
   * uncertain: BuildKit's `transferring context: 39.23kB` also counts per-entry stat
   * packets, so the real figure is somewhat larger than the file bytes alone.
   */
  readonly size: number;
  /** Files (not directories) in the directory that the filters left out. */
  readonly excludedCount: number;
  readonly dockerignore: {
    readonly path?: string;
    readonly size: number;
    readonly patterns: readonly string[];
  };
  /** The Dockerfile's text; it is sent to the builder even if .dockerignore excludes it. */
  readonly dockerfile?: { readonly path: string; readonly content: string; readonly size: number };
  /** True if .dockerignore excludes a context path (for the CopyIgnoredFile check). */
  isIgnored(path: string): boolean;
}

function readText(host: ReadonlyTree, path: string): FsNode | undefined {
  try {
    const r = resolvePath(host, path, true);
    return r.node?.type === 'file' ? r.node : undefined;
  } catch {
    return undefined;
  }
}

/** fsutil's patternWithoutTrailingGlob + "could an exception re-include below this dir?" */
function withoutTrailingGlob(pattern: string): string {
  const a = pattern.endsWith('/**') ? pattern.slice(0, -3) : pattern;
  return a.endsWith('/*') ? a.slice(0, -2) : a;
}

function prefixOnly(m: PatternMatcher, want: boolean): boolean {
  return m.patterns.every(
    (p) => p.exclusion !== want || !/[*[\]?^\\]/.test(withoutTrailingGlob(p.cleaned)),
  );
}

function mayContain(m: PatternMatcher, want: boolean, dir: string): boolean {
  return m.patterns.some(
    (p) => p.exclusion === want && `${withoutTrailingGlob(p.cleaned)}/`.startsWith(`${dir}/`),
  );
}

function countFiles(host: ReadonlyTree, dir: string): number {
  let n = 0;
  for (const name of host.list(dir)) {
    const p = childPath(dir, name);
    n += host.get(p)?.type === 'dir' ? countFiles(host, p) : 1;
  }
  return n;
}

interface Pending {
  readonly rel: string;
  readonly node: FsNode;
  done: boolean;
}

export function loadBuildContext(
  host: ReadonlyTree,
  dir: string,
  options: BuildContextOptions = {},
): BuildContext {
  let root: string;
  try {
    const r = resolvePath(host, dir, true);
    if (r.node?.type !== 'dir') throw new ContextNotFoundError(dir);
    root = r.path;
  } catch {
    throw new ContextNotFoundError(dir);
  }
  const dockerfileRel = normalize(options.dockerfile ?? 'Dockerfile');
  const dockerfileNode = readText(host, childPath(root, dockerfileRel));
  // BuildKit prefers <Dockerfile>.dockerignore next to the Dockerfile over .dockerignore.
  const ignoreCandidates = [`${dockerfileRel}.dockerignore`, '.dockerignore'];
  let ignorePath: string | undefined;
  let ignoreNode: FsNode | undefined;
  for (const rel of ignoreCandidates) {
    ignoreNode = readText(host, childPath(root, rel));
    if (ignoreNode) {
      ignorePath = rel;
      break;
    }
  }
  const ignoreText = ignoreNode?.type === 'file' ? (ignoreNode.content ?? '') : '';
  const patterns = parseDockerignore(ignoreText);
  const exclude = patterns.length > 0 ? new PatternMatcher(patterns) : undefined;
  const follow = options.includePaths?.map((p) => normalize('/' + p));
  const include =
    follow && follow.length > 0 && !follow.includes('/')
      ? new PatternMatcher(follow.map((p) => p.slice(1)))
      : undefined;
  const excludePrefixOnly = exclude ? prefixOnly(exclude, true) : true;
  const includePrefixOnly = include ? prefixOnly(include, false) : true;

  const tree = new Tree();
  let fileCount = 0;
  let size = 0;
  let seen = 0;
  const emit = (rel: string, node: FsNode): void => {
    // resetUIDAndGID: the client sends every entry as 0:0.
    tree.set('/' + rel, { ...node, uid: 0, gid: 0 });
    if (node.type !== 'dir') {
      fileCount++;
      if (node.type === 'file') size += node.size;
    }
  };
  const walk = (
    hostDir: string,
    rel: string,
    incInfo: MatchInfo,
    excInfo: MatchInfo,
    pending: readonly Pending[],
  ): void => {
    for (const name of host.list(hostDir)) {
      const hostPath = childPath(hostDir, name);
      const node = host.get(hostPath)!;
      const relPath = rel === '' ? name : `${rel}/${name}`;
      const isDir = node.type === 'dir';
      if (!isDir) seen++;
      let skip = false;
      let inc: MatchInfo;
      let exc: MatchInfo;
      if (include) {
        const r = include.matchWithParent(relPath, incInfo ?? []);
        inc = r.info;
        if (!r.matched) {
          if (isDir && includePrefixOnly && !mayContain(include, false, relPath)) {
            seen += countFiles(host, hostPath);
            continue;
          }
          skip = true;
        }
      }
      if (exclude) {
        const r = exclude.matchWithParent(relPath, excInfo ?? []);
        exc = r.info;
        if (r.matched) {
          if (isDir && excludePrefixOnly) {
            if (!exclude.exclusions || !mayContain(exclude, true, relPath)) {
              seen += countFiles(host, hostPath);
              continue;
            }
          }
          skip = true;
        }
      }
      if (!skip) {
        // fsutil backtracks: an excluded directory is sent once something inside it is.
        for (const p of pending) {
          if (!p.done) emit(p.rel, p.node);
          p.done = true;
        }
        emit(relPath, node);
      }
      if (isDir) {
        walk(hostPath, relPath, inc, exc, [...pending, { rel: relPath, node, done: !skip }]);
      }
    }
  };
  walk(root, '', undefined, undefined, []);
  const rootNode = host.get(root)!;
  tree.set('/', { ...rootNode, uid: 0, gid: 0 });

  return {
    tree,
    fileCount,
    size,
    excludedCount: seen - fileCount,
    dockerignore: {
      ...(ignorePath === undefined ? {} : { path: ignorePath }),
      size: ignoreNode?.type === 'file' ? ignoreNode.size : 0,
      patterns,
    },
    ...(dockerfileNode?.type === 'file'
      ? {
          dockerfile: {
            path: dockerfileRel,
            content: dockerfileNode.content ?? '',
            size: dockerfileNode.size,
          },
        }
      : {}),
    get: (p) => tree.get(p),
    list: (p) => tree.list(p),
    isIgnored: (p) => (exclude ? exclude.matches(normalize('/' + p).slice(1)) : false),
  };
}
