/**
 * `docker build` with BuildKit: parse → stage graph for the target → internal vertices (build
 * definition, image metadata, .dockerignore, FROMs, build context) → the needed stages' steps
 * → export. The vertex plans are scheduled into the progress event stream (schedule.ts); the
 * image goes into the ImageStore; cache records are kept for the vertices that completed.
 */
import { parseDockerfileFull } from '../dockerfile/full';
import { isEngineError, type EngineError } from '../errors';
import { utf8Length } from '../fs';
import { simulatedDurationMs } from '../format/clock';
import { createBuildCache } from './cache';
import { exportImage } from './export';
import { programsExecutor } from './programs-executor';
import { legacyBuild } from './legacy';
import { DEF, IGNORE, planFromsAndContext, planImages } from './internal-vertices';
import type { RunContext } from './run-context';
import { schedule, type PlannedVertex } from './schedule';
import { buildStageGraph, type StageGraph } from './stage-graph';
import { ConversionFailure, runStage } from './stage-runner';
import type { BuildFailure, BuildOptions, BuildResult, SourceRange } from './types';

export const DEFAULT_BUILD_TIME = '2026-11-26T10:00:00Z';

function finish(vertices: readonly PlannedVertex[], failure: BuildFailure): BuildResult {
  return { events: schedule(vertices).events, failure };
}

function conversion(e: unknown, range?: SourceRange): ConversionFailure {
  if (e instanceof ConversionFailure) return e;
  if (isEngineError(e)) return new ConversionFailure(e, range);
  throw e;
}

export function build(opts: BuildOptions): BuildResult {
  if (opts.builder === 'legacy') return legacyBuild(opts);
  const profile = opts.profile ?? 'docker29';
  const name = opts.dockerfileName ?? 'Dockerfile';
  const vertices: PlannedVertex[] = [];
  const size = utf8Length(opts.dockerfile);
  vertices.push({
    key: DEF,
    name: `[internal] load build definition from ${name}`,
    deps: [],
    durationMs: simulatedDurationMs(`def:${opts.dockerfile}`, 10, 45),
    statuses: [{ text: 'transferring dockerfile:', offsetMs: 0, durationMs: 5, current: size }],
    ...(opts.warnings?.length ? { warnings: opts.warnings } : {}),
  });

  const parsed = parseDockerfileFull(opts.dockerfile);
  if (!parsed.ok) {
    const e = parsed.error;
    const range = e.startLine > 0 ? { start: e.startLine, end: e.endLine } : undefined;
    return finish(vertices, { error: e, ...(range ? { range } : {}) });
  }
  let graph: StageGraph;
  try {
    graph = buildStageGraph(parsed.stages, parsed.metaArgs, {
      ...(opts.buildArgs ? { buildArgs: opts.buildArgs } : {}),
      ...(opts.target !== undefined ? { target: opts.target } : {}),
    });
  } catch (e) {
    const c = conversion(e);
    return finish(vertices, { error: c.error });
  }

  const ctx: RunContext = {
    graph,
    stageCount: parsed.stages.length,
    context: opts.context,
    store: opts.store,
    cache: opts.cache,
    noCache: opts.noCache === true,
    executor: opts.executor ?? programsExecutor,
    now: opts.now ?? DEFAULT_BUILD_TIME,
    buildArgs: opts.buildArgs ?? {},
    vertices,
    cacheWrites: new Map(),
    failures: new Map(),
    states: new Map(),
    images: new Map(),
    fromVertex: new Map(),
    dockerignoreVertex: IGNORE,
  };

  planImages(ctx, parsed.stages, opts);
  if (ctx.failures.size > 0) return failed(ctx);

  planFromsAndContext(
    ctx,
    parsed.stages.length,
    parsed.stages.map((x) => x.name),
    opts,
  );
  const broken = new Set<number>();
  for (const i of graph.order) {
    const node = graph.nodes[i]!;
    if (node.deps.some((d) => broken.has(d))) {
      broken.add(i);
      continue;
    }
    try {
      if (!runStage(ctx, i)) broken.add(i);
    } catch (e) {
      const c = conversion(e);
      const internal = vertices.filter(
        (v) => v.key.startsWith('internal:') || v.key.startsWith('meta:'),
      );
      return finish(internal, { error: c.error, ...(c.range ? { range: c.range } : {}) });
    }
  }
  if (broken.size > 0) return failed(ctx);

  const target = ctx.states.get(graph.target)!;
  const fresh = vertices.some((v) => v.key.startsWith('s') && !v.cached);
  const exported = exportImage(
    target,
    profile,
    opts.tags ?? [],
    [target.lastVertex ?? IGNORE],
    fresh,
  );
  vertices.push(exported.vertex);
  const sched = schedule(vertices);
  commitCache(ctx, sched.completed);
  opts.store.put(exported.image, exported.image.repoTags);
  return {
    events: sched.events,
    image: exported.image,
    exported: {
      configDigest: exported.configDigest,
      ...(exported.manifestListDigest ? { manifestListDigest: exported.manifestListDigest } : {}),
      names: exported.names,
    },
  };
}

function commitCache(ctx: RunContext, completed: ReadonlyMap<string, number>): void {
  for (const [vkey, [key, record]] of ctx.cacheWrites) {
    if (completed.has(vkey)) ctx.cache.steps[key] = record;
  }
  for (const [i, key] of ctx.fromVertex) {
    const node = ctx.graph.nodes[i]!;
    if (node.base.kind !== 'image' || !completed.has(key)) continue;
    const id = ctx.images.get(node.base.ref)!.base!.id;
    if (!ctx.cache.pulled.includes(id)) ctx.cache.pulled.push(id);
  }
}

function failed(ctx: RunContext): BuildResult {
  const sched = schedule(ctx.vertices);
  commitCache(ctx, sched.completed);
  const failure =
    (sched.failed ? ctx.failures.get(sched.failed) : undefined) ?? [...ctx.failures.values()][0]!;
  return { events: sched.events, failure };
}

/** A fresh cache, for callers that do not keep one. */
export { createBuildCache };
export type { EngineError };
