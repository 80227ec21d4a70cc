/**
 * What `docker build .` in ~/app would send, worked out by the engine's own context loader
 * (BuildKit's .dockerignore rules: last match wins, `!` exceptions, `Dockerfile.dockerignore`
 * preferred), so the playground's checks and file marks agree with the build itself.
 */
import { loadBuildContext, type Vfs } from '../../engine/index';
import type { Problem } from './diagnostics';
import { APP_DIR } from './workspace';

export interface ContextView {
  /** The ignore file in use (`.dockerignore`, or `<Dockerfile>.dockerignore`), if any. */
  readonly ignoreFile?: string;
  /** Workspace files `docker build` leaves out of the context. */
  readonly excluded: ReadonlySet<string>;
  /** For the CopyIgnoredFile check: is this context path excluded? */
  readonly isIgnored?: (path: string) => boolean;
  /** Is this workspace path (file or folder) there in ~/app but not sent to the builder? */
  readonly isExcluded?: (path: string) => boolean;
  /** A broken pattern: `docker build` stops with this message before building anything. */
  readonly error?: string;
}

const EMPTY: ContextView = { excluded: new Set() };

/**
 * The context for `dockerfile` (a workspace path), against `files` (the paths the file list
 * shows). Never throws: a bad .dockerignore becomes `error`.
 */
export function contextView(
  fs: Vfs,
  files: readonly string[],
  dockerfile = 'Dockerfile',
): ContextView {
  let context;
  try {
    context = loadBuildContext(fs, APP_DIR, { dockerfile });
  } catch (e) {
    return { ...EMPTY, error: e instanceof Error ? e.message : String(e) };
  }
  const { path, patterns } = context.dockerignore;
  if (path === undefined || patterns.length === 0) {
    return path === undefined ? EMPTY : { ...EMPTY, ignoreFile: path };
  }
  const excluded = new Set(files.filter((f) => context.get(`/${f}`) === undefined));
  return {
    ignoreFile: path,
    excluded,
    isIgnored: (p) => context.isIgnored(p),
    isExcluded: (p) => fs.exists(`${APP_DIR}/${p}`) && context.get(`/${p}`) === undefined,
  };
}

/** A broken .dockerignore as a problem on the Dockerfile: the build would stop on it. */
export function contextProblems(view: ContextView): Problem[] {
  if (view.error === undefined) return [];
  return [
    {
      from: 0,
      to: 0,
      line: 1,
      severity: 'error',
      rule: 'dockerignore',
      message: `docker build stops before this Dockerfile runs: .dockerignore has a broken pattern (${view.error}).`,
      url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
      source: 'parse',
    },
  ];
}
