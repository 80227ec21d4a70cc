/** Shared state of one build while its stages are walked (see build.ts, stage-runner.ts). */
import { hashString } from '../fs';
import type { BuildContext } from '../fs';
import type { ImageStore } from '../daemon/types';
import type { BaseImage } from './base';
import type { BuildCacheState, CachedStep } from './cache';
import type { PlannedVertex } from './schedule';
import type { StageGraph } from './stage-graph';
import type { StageState } from './state';
import type { BuildFailure, RunExecutor } from './types';

export interface RunContext {
  readonly graph: StageGraph;
  readonly stageCount: number;
  readonly context: BuildContext;
  readonly store: ImageStore;
  readonly cache: BuildCacheState;
  readonly noCache: boolean;
  readonly executor: RunExecutor;
  readonly now: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly vertices: PlannedVertex[];
  /** Cache records to keep if their vertex completes (vertex key → [cache key, record]). */
  readonly cacheWrites: Map<string, [string, CachedStep]>;
  /** Failures of vertices, by vertex key: the schedule decides which one ends the build. */
  readonly failures: Map<string, BuildFailure>;
  readonly states: Map<number, StageState>;
  /** Resolved external images by normalised ref, with their metadata vertex key. */
  readonly images: Map<string, { readonly key: string; readonly base?: BaseImage }>;
  readonly fromVertex: Map<number, string>;
  contextVertex?: string;
  readonly dockerignoreVertex: string;
}

/** A cache key from its parts (FNV over the joined parts; a key, not a digest). */
export function cacheKey(...parts: readonly string[]): string {
  return hashString(parts.join('\0'));
}
