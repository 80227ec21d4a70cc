/**
 * DOCKER_BUILDKIT=0: the classic builder (§2.6, §4). It runs every stage from the first up to
 * the target — including stages the target does not need — and prints `Step N/M : …`,
 * ` ---> <id>`, ` ---> Running in <id>`, `Removing intermediate container <id>`,
 * `Successfully built <id>`. Each non-final stage is left behind as an untagged `<none>` image.
 */
import { parseDockerfileFull } from '../dockerfile/full';
import { isEngineError } from '../errors';
import { humanSize } from '../format/human-size';
import { familiarString, parseReference, withDefaultTag } from '../images/reference';
import { digestOf, shortId } from '../util/digest';
import { resolveBase } from './base';
import { BuildImageNotFoundError, BuildLegacyRunFailedError, BuildRunFailedError } from './errors';
import { exportImage } from './export';
import { programsExecutor } from './programs-executor';
import type { RunContext } from './run-context';
import { buildStageGraph, legacyOrder } from './stage-graph';
import { ConversionFailure, runStage } from './stage-runner';
import type { BuildOptions, BuildResult } from './types';

const DEFAULT_NOW = '2026-11-26T10:00:00Z';

export function legacyBuild(opts: BuildOptions): BuildResult {
  const out: string[] = [`Sending build context to Docker daemon  ${humanSize(opts.context.size)}`];
  const fail = (e: unknown, range?: { start: number; end: number }): BuildResult => {
    if (e instanceof ConversionFailure)
      return {
        events: [],
        legacyOutput: out,
        failure: { error: e.error, ...(e.range ? { range: e.range } : {}) },
      };
    if (!isEngineError(e)) throw e;
    return { events: [], legacyOutput: out, failure: { error: e, ...(range ? { range } : {}) } };
  };
  const parsed = parseDockerfileFull(opts.dockerfile);
  if (!parsed.ok) return fail(parsed.error);
  let graph;
  try {
    graph = buildStageGraph(parsed.stages, parsed.metaArgs, {
      ...(opts.buildArgs ? { buildArgs: opts.buildArgs } : {}),
      ...(opts.target !== undefined ? { target: opts.target } : {}),
    });
  } catch (e) {
    return fail(e);
  }
  const order = legacyOrder(graph);
  const ctx: RunContext = {
    graph,
    stageCount: parsed.stages.length,
    context: opts.context,
    store: opts.store,
    cache: opts.cache,
    noCache: opts.noCache === true,
    executor: opts.executor ?? programsExecutor,
    now: opts.now ?? DEFAULT_NOW,
    buildArgs: opts.buildArgs ?? {},
    vertices: [],
    cacheWrites: new Map(),
    failures: new Map(),
    states: new Map(),
    images: new Map(),
    fromVertex: new Map(),
    dockerignoreVertex: 'internal:dockerignore',
  };
  const stageIds = new Map<number, string>();
  const total = order.reduce((n, i) => n + 1 + graph.nodes[i]!.stage.instructions.length, 0);
  let step = 0;
  let lastId = '';
  for (const i of order) {
    const node = graph.nodes[i]!;
    const stage = node.stage;
    out.push(`Step ${++step}/${total} : ${stage.from.original}`);
    try {
      for (const [k, src] of [
        ['from', node.base] as const,
        ...[...node.sources].map(([, s]) => ['src', s] as const),
      ]) {
        void k;
        if (src.kind !== 'image' || ctx.images.has(src.ref)) continue;
        ctx.images.set(src.ref, {
          key: `meta:${src.ref}`,
          base: resolveBase(opts.store, src.asWritten, src.ref),
        });
      }
    } catch (e) {
      if (e instanceof BuildImageNotFoundError)
        return fail(e, { start: stage.from.startLine, end: stage.from.endLine });
      throw e;
    }
    let prevId =
      node.base.kind === 'image'
        ? ctx.images.get(node.base.ref)!.base!.id
        : node.base.kind === 'stage'
          ? ctx.states.get(node.base.index)?.history.length
            ? stageIds.get(node.base.index)!
            : digestOf('scratch')
          : digestOf('scratch');
    if (node.base.kind !== 'scratch') out.push(` ---> ${shortId(prevId)}`);
    const before =
      node.base.kind === 'stage'
        ? ctx.states.get(node.base.index)!.history.length
        : (ctx.images.get(node.base.kind === 'image' ? node.base.ref : '')?.base?.history.length ??
          0);
    let ok: boolean;
    try {
      ok = runStage(ctx, i);
    } catch (e) {
      return fail(e);
    }
    const state = ctx.states.get(i);
    const entries = state ? state.history.slice(before) : [];
    for (const [j, ins] of stage.instructions.entries()) {
      out.push(`Step ${++step}/${total} : ${ins.original}`);
      const vertex = ctx.vertices.find((v) => v.key === `s${i}:${j}`);
      const entry = entries[j];
      if (!ok && vertex?.error !== undefined) {
        const ctr = shortId(digestOf(`ctr:${prevId}:${j}`));
        out.push(` ---> Running in ${ctr}`, ...(vertex.logs ?? []).map((l) => l.text));
        const failure = ctx.failures.get(vertex.key)!;
        const err =
          failure.error instanceof BuildRunFailedError
            ? new BuildLegacyRunFailedError(
                failure.error.data['argv'] as string[],
                failure.error.data['exitCode'] as number,
              )
            : failure.error;
        return {
          events: [],
          legacyOutput: out,
          failure: { error: err, range: { start: ins.startLine, end: ins.endLine } },
        };
      }
      const id = digestOf(
        `legacy\0${prevId}\0${entry?.createdBy ?? ins.original}\0${entry?.digest ?? ''}`,
      );
      const cacheKey = `legacy:${id}`;
      if (!opts.noCache && opts.cache.steps[cacheKey]) {
        out.push(' ---> Using cache');
      } else {
        const ctr = shortId(digestOf(`ctr:${id}`));
        if (ins.kind === 'COPY' || ins.kind === 'ADD') {
          // The classic builder copies without a container.
        } else {
          out.push(` ---> Running in ${ctr}`, ...(vertex?.logs ?? []).map((l) => l.text));
          out.push(`Removing intermediate container ${ctr}`);
        }
        opts.cache.steps[cacheKey] = { created: ctx.now, durationMs: 0 };
      }
      out.push(` ---> ${shortId(id)}`);
      prevId = id;
    }
    stageIds.set(i, prevId);
    lastId = prevId;
    if (state && i !== graph.target) {
      // Stages other than the target stay behind as untagged images (`<none>`).
      const stageImage = exportImage(state, 'docker28', [], []).image;
      opts.store.put({ ...stageImage, id: prevId as `sha256:${string}` }, []);
    }
  }
  const target = ctx.states.get(graph.target)!;
  const image = {
    ...exportImage(target, 'docker28', opts.tags ?? [], []).image,
    id: lastId as `sha256:${string}`,
  };
  opts.store.put(image, image.repoTags);
  out.push(`Successfully built ${shortId(lastId)}`);
  for (const t of opts.tags ?? [])
    out.push(`Successfully tagged ${familiarString(withDefaultTag(parseReference(t)))}`);
  return { events: [], legacyOutput: out, image };
}
