/**
 * `docker build` with BuildKit: parse → stage graph for the target → internal vertices (build
 * definition, image metadata, .dockerignore, FROMs, build context) → the needed stages' steps
 * → export. The vertex plans are scheduled into the progress event stream (schedule.ts); the
 * image goes into the ImageStore; cache records are kept for the vertices that completed.
 */
import { parseDockerfileFull } from '../dockerfile/full';
import type { Instruction } from '../dockerfile/instructions/types';
import { isEngineError, type EngineError } from '../errors';
import { utf8Length } from '../fs';
import { simulatedDurationMs } from '../format/clock';
import { resolveBase } from './base';
import { createBuildCache } from './cache';
import { BuildImageNotFoundError } from './errors';
import { exportImage } from './export';
import { fallbackExecutor } from './fallback-executor';
import { legacyBuild } from './legacy';
import { countsAsStep, stepPrefix } from './naming';
import type { RunContext } from './run-context';
import { schedule, type PlannedStatus, type PlannedVertex } from './schedule';
import { buildStageGraph, suggestName, type StageGraph } from './stage-graph';
import { ConversionFailure, runStage } from './stage-runner';
import type { BuildFailure, BuildOptions, BuildResult, SourceRange } from './types';

export const DEFAULT_BUILD_TIME = '2026-11-26T10:00:00Z';
const DEF = 'internal:definition';
const IGNORE = 'internal:dockerignore';

function finish(vertices: readonly PlannedVertex[], failure: BuildFailure): BuildResult {
  return { events: schedule(vertices).events, failure };
}

function conversion(e: unknown, range?: SourceRange): ConversionFailure {
  if (e instanceof ConversionFailure) return e;
  if (isEngineError(e)) return new ConversionFailure(e, range);
  throw e;
}

interface ImageUse {
  readonly asWritten: string;
  readonly ref: string;
  readonly ins: Instruction;
  readonly isFrom: boolean;
}

/** External images the needed stages use, in Dockerfile order. */
function imageUses(graph: StageGraph): ImageUse[] {
  const uses: ImageUse[] = [];
  for (const i of [...graph.order].sort((a, b) => a - b)) {
    const node = graph.nodes[i]!;
    if (node.base.kind === 'image') {
      uses.push({
        asWritten: node.base.asWritten,
        ref: node.base.ref,
        ins: node.stage.from,
        isFrom: true,
      });
    }
    for (const [k, src] of [...node.sources].sort(([a], [b]) => a - b)) {
      if (src.kind === 'image') {
        uses.push({
          asWritten: src.asWritten,
          ref: src.ref,
          ins: node.stage.instructions[k]!,
          isFrom: false,
        });
      }
    }
  }
  return uses;
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
    executor: opts.executor ?? fallbackExecutor,
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

  // Image metadata, once per distinct reference.
  const stageNames = parsed.stages.map((s) => s.name).filter((n): n is string => n !== undefined);
  for (const use of imageUses(graph)) {
    if (ctx.images.has(use.ref)) continue;
    const key = `meta:${use.ref}`;
    try {
      const suggestion = use.isFrom ? undefined : suggestName(use.asWritten, stageNames);
      const base = resolveBase(opts.store, use.asWritten, use.ref, suggestion);
      ctx.images.set(use.ref, { key, base });
      vertices.push({
        key,
        name: `[internal] load metadata for ${use.ref}`,
        deps: [DEF],
        durationMs: simulatedDurationMs(key, 300, 1400),
      });
    } catch (e) {
      if (!(e instanceof BuildImageNotFoundError)) throw e;
      ctx.images.set(use.ref, { key });
      vertices.push({
        key,
        name: `[internal] load metadata for ${use.ref}`,
        deps: [DEF],
        durationMs: simulatedDurationMs(key, 1200, 2600),
        error: e.message,
      });
      ctx.failures.set(key, {
        error: e,
        range: { start: use.ins.startLine, end: use.ins.endLine },
      });
    }
  }
  vertices.push({
    key: IGNORE,
    name: '[internal] load .dockerignore',
    deps: [DEF],
    durationMs: simulatedDurationMs(`ignore:${opts.context.dockerignore.size}`, 10, 40),
    // uncertain: with no .dockerignore BuildKit transfers 2B (captured); a file sends its size.
    statuses: [
      {
        text: 'transferring context:',
        offsetMs: 0,
        durationMs: 5,
        current: opts.context.dockerignore.path ? opts.context.dockerignore.size : 2,
      },
    ],
  });
  if (ctx.failures.size > 0) return failed(ctx);

  // FROM vertices for the needed stages, then the build context if any step reads it.
  const fromKeys: string[] = [];
  for (const i of [...graph.order].sort((a, b) => a - b)) {
    const node = graph.nodes[i]!;
    if (node.base.kind !== 'image') continue;
    const base = ctx.images.get(node.base.ref)!.base!;
    const triggers = (base.config.OnBuild ?? []).filter((t) =>
      /^\s*(RUN|COPY|ADD|WORKDIR)\b/i.test(t),
    ).length;
    const total = node.stage.instructions.filter((x) => countsAsStep(x.kind)).length + triggers + 1;
    const label = {
      name: parsed.stages.length === 1 ? '' : (node.stage.name ?? `stage-${i}`),
      total,
    };
    const shown = base.digest ? `${base.ref}@${base.digest}` : base.ref;
    const statuses: PlannedStatus[] = [
      {
        text: `resolve ${shown}`,
        offsetMs: 0,
        durationMs: simulatedDurationMs(`resolve:${shown}`, 10, 90),
      },
    ];
    let t = 0;
    if (base.remote && !opts.cache.pulled.includes(base.id)) {
      for (const h of base.history) {
        if (h.emptyLayer || !h.digest) continue;
        const ms = Math.round(h.compressedSize / 40_000);
        statuses.push({
          text: h.digest,
          offsetMs: 0,
          durationMs: ms,
          current: h.compressedSize,
          total: h.compressedSize,
        });
        t = Math.max(t, ms);
      }
      let x = t;
      for (const h of base.history) {
        if (h.emptyLayer || !h.digest) continue;
        const ms = Math.round(h.size / 200_000);
        statuses.push({ text: `extracting ${h.digest}`, offsetMs: x, durationMs: ms });
        x += ms;
      }
      t = x;
    }
    const key = `from:${i}`;
    ctx.fromVertex.set(i, key);
    fromKeys.push(key);
    vertices.push({
      key,
      name: `${stepPrefix(label, 1)}FROM ${shown}`,
      deps: [ctx.images.get(node.base.ref)!.key, IGNORE],
      durationMs: Math.max(t, statuses[0]!.durationMs),
      statuses,
    });
  }
  const usesContext = graph.order.some((i) =>
    graph.nodes[i]!.stage.instructions.some(
      (x, k) =>
        (x.kind === 'COPY' || x.kind === 'ADD') &&
        x.sources.length > 0 &&
        !graph.nodes[i]!.sources.has(k),
    ),
  );
  if (usesContext) {
    ctx.contextVertex = 'internal:context';
    vertices.push({
      key: ctx.contextVertex,
      name: '[internal] load build context',
      deps: [IGNORE, ...fromKeys],
      durationMs:
        simulatedDurationMs(`ctx:${opts.context.size}`, 20, 60) +
        Math.round(opts.context.size / 50_000),
      statuses: [
        {
          text: 'transferring context:',
          offsetMs: 0,
          durationMs: 5 + Math.round(opts.context.size / 50_000),
          current: opts.context.size,
        },
      ],
    });
  }

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
  const exported = exportImage(target, profile, opts.tags ?? [], [target.lastVertex ?? IGNORE]);
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
