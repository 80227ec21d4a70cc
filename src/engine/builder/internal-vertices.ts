/**
 * The internal vertices BuildKit shows before the steps: `load metadata for <image>` once per
 * distinct image the needed stages use, `load .dockerignore`, each needed stage's FROM (with
 * `resolve …` and, on first use, the layer downloads), and `load build context`.
 */
import type { Stage } from '../dockerfile/stages';
import type { Instruction } from '../dockerfile/instructions/types';
import { simulatedDurationMs } from '../format/clock';
import { resolveBase } from './base';
import { BuildImageNotFoundError } from './errors';
import { countsAsStep, stepPrefix } from './naming';
import type { RunContext } from './run-context';
import type { PlannedStatus } from './schedule';
import { suggestName, type StageGraph } from './stage-graph';
import type { BuildOptions } from './types';

export const DEF = 'internal:definition';
export const IGNORE = 'internal:dockerignore';

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

export function planImages(ctx: RunContext, stages: readonly Stage[], opts: BuildOptions): void {
  const { graph, vertices } = ctx;
  // Image metadata, once per distinct reference.
  const stageNames = stages.map((s) => s.name).filter((n): n is string => n !== undefined);
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
}

export function planFromsAndContext(
  ctx: RunContext,
  stageCount: number,
  names: readonly (string | undefined)[],
  opts: BuildOptions,
): void {
  // Stages on the same image share one download.
  const pulling = new Set<string>();
  const { graph, vertices } = ctx;
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
      name: stageCount === 1 ? '' : (names[i] ?? `stage-${i}`),
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
    if (base.remote && !opts.cache.pulled.includes(base.id) && !pulling.has(base.id)) {
      pulling.add(base.id);
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
}
