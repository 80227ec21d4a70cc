/**
 * The builder's inputs and outputs. Plain data in, plain data out: the CLI command loads the
 * context and the Dockerfile text, the daemon holds the ImageStore and the cache state.
 */
import type { EngineError } from '../errors';
import type { BuildContext, Vfs } from '../fs';
import type { ImageFacts } from '../images/types';
import type { ImageStore, StoredImage } from '../daemon/types';
import type { ProgressEvent } from '../format/progress/events';
import type { BuildCacheState } from './cache';

/** Which Docker the output imitates (§2.4): Engine 29 + containerd store, or 28 + classic. */
export type BuildProfile = 'docker29' | 'docker28';

/** One RUN, as the programs see it. */
export interface RunRequest {
  /** What is executed: `['/bin/sh', '-c', 'npm ci']`, or the exec-form words. */
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** USER in effect (`''` = root). */
  readonly user: string;
  /** The step's filesystem (root view); its changes become the step's layer. */
  readonly vfs: Vfs;
  readonly facts: ImageFacts;
  /** Stable per step (the cache key): seed for simulated durations and output. */
  readonly seed: string;
}

export interface RunResult {
  readonly exitCode: number;
  /** Output lines in order (stdout and stderr interleaved, as BuildKit's log shows them). */
  readonly output: readonly string[];
  /** Simulated run time; a default from the seed is used when absent. */
  readonly durationMs?: number;
  /** Facts after the step (e.g. a package install added a shell). */
  readonly facts?: ImageFacts;
}

/** Runs RUN steps. The programs module provides the real one; see run-executor.ts. */
export interface RunExecutor {
  run(request: RunRequest): RunResult;
}

export interface BuildOptions {
  readonly dockerfile: string;
  /** Base name shown in `load build definition from <name>` and the excerpt header. */
  readonly dockerfileName?: string;
  readonly context: BuildContext;
  /** `-t` values as typed. */
  readonly tags?: readonly string[];
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly noCache?: boolean;
  readonly profile?: BuildProfile;
  readonly store: ImageStore;
  readonly cache: BuildCacheState;
  readonly executor?: RunExecutor;
  /** RFC 3339 time stamped on new history entries. Default: a fixed instant. */
  readonly now?: string;
  /** `legacy` = DOCKER_BUILDKIT=0. */
  readonly builder?: 'buildkit' | 'legacy';
  /** Lint warnings (short form, e.g. `FromAsCasing: … (line 2)`) shown as TTY WARN lines. */
  readonly warnings?: readonly string[];
}

/** Where an error points in the Dockerfile (1-based, inclusive). */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

export interface BuildFailure {
  readonly error: EngineError;
  readonly range?: SourceRange;
}

export interface BuildResult {
  readonly events: readonly ProgressEvent[];
  readonly image?: StoredImage;
  readonly failure?: BuildFailure;
  /** Legacy builder only: its stdout lines (`Step 1/6 : …`). */
  readonly legacyOutput?: readonly string[];
  /** Export details, for tests and the CLI's `-q` (image id). */
  readonly exported?: {
    readonly configDigest: string;
    readonly manifestListDigest?: string;
    readonly names: readonly string[];
  };
}
