/**
 * Walks one stage's instructions: metadata instructions change the config and add empty-layer
 * history; RUN, COPY/ADD and WORKDIR get a vertex, a cache key and (usually) a layer.
 */
import type { Instruction } from '../dockerfile/instructions/types';
import { isEngineError } from '../errors';
import { posixPath, type Layer, type ReadonlyTree } from '../fs';
import { simulatedDurationMs } from '../format/clock';
import type { HistoryEntry } from '../images/types';
import { digestOf } from '../util/digest';
import { cachedLayer, encodeLayer } from './cache';
import {
  copyHistory,
  countsAsStep,
  displayText,
  runHistory,
  stepPrefix,
  type StageLabel,
} from './naming';
import { cacheKey, type RunContext } from './run-context';
import { ConversionFailure } from './conversion';
import { initialState, parseTriggers } from './stage-init';
import { applyMetadata } from './meta-step';
import { defaultRunMs } from './run-duration';
import type { PlannedVertex } from './schedule';
import { copyStep, runArgv, runStep, workdirStep, type StepOutcome } from './steps';
import type { SourceRange } from './types';

export { ConversionFailure } from './conversion';

const COMMENT = 'buildkit.dockerfile.v0';
/** uncertain: gzip ratio for layers this build adds (no ground truth per file type). */
const COMPRESSION = 0.4;

function logsOver(
  lines: readonly string[],
  durationMs: number,
): { offsetMs: number; text: string }[] {
  return lines.map((text, i) => ({
    offsetMs: Math.round((durationMs * (i + 1)) / (lines.length + 1)),
    text,
  }));
}

/** Builds one stage into ctx.states. Returns false when a step failed. */
export function runStage(ctx: RunContext, index: number): boolean {
  const node = ctx.graph.nodes[index]!;
  const stage = node.stage;
  const { state, triggers } = initialState(ctx, index);
  const range = (ins: Instruction): SourceRange => ({ start: ins.startLine, end: ins.endLine });
  const triggerIns = parseTriggers(triggers, { start: stage.startLine, end: stage.startLine });
  const instructions = [...triggerIns, ...stage.instructions];
  const fromCounts = node.base.kind === 'image';
  const label: StageLabel = {
    name: ctx.stageCount === 1 ? '' : (stage.name ?? `stage-${stage.index}`),
    total: instructions.filter((i) => countsAsStep(i.kind)).length + (fromCounts ? 1 : 0),
  };
  let step = fromCounts ? 1 : 0;
  const expand = (word: string, ins: Instruction): string => {
    try {
      return state.scope.expand(word).value;
    } catch (e) {
      if (isEngineError(e)) throw new ConversionFailure(e, range(ins));
      throw e;
    }
  };
  const meta = (createdBy: string): void => {
    const entry: HistoryEntry = {
      created: state.created,
      createdBy,
      comment: COMMENT,
      emptyLayer: true,
      size: 0,
      compressedSize: 0,
    };
    state.history.push(entry);
  };

  for (const [i, ins] of instructions.entries()) {
    const source = node.sources.get(i - triggerIns.length);
    switch (ins.kind) {
      case 'ARG':
      case 'ENV':
      case 'LABEL':
      case 'USER':
      case 'CMD':
      case 'ENTRYPOINT':
      case 'SHELL':
      case 'EXPOSE':
      case 'VOLUME':
      case 'STOPSIGNAL':
      case 'HEALTHCHECK':
      case 'MAINTAINER':
      case 'ONBUILD':
        meta(applyMetadata(ins, state, (w) => expand(w, ins)));
        break;
      case 'FROM':
        break;
      case 'RUN':
      case 'COPY':
      case 'ADD':
      case 'WORKDIR': {
        step++;
        const vkey = `s${index}:${i}`;
        const name = stepPrefix(label, step) + displayText(ins, state.scope.environment);
        const deps = [state.lastVertex ?? ctx.dockerignoreVertex];
        let key: string;
        let outcome: StepOutcome;
        let createdBy: string;
        let cachedRun: Layer | undefined;
        let baseMs: number;
        if (ins.kind === 'RUN') {
          const argv = runArgv(ins, state);
          const envEntries = [...state.scope.environment].sort(([a], [b]) => (a < b ? -1 : 1));
          key = cacheKey(
            state.layerKey,
            'run',
            JSON.stringify(argv),
            JSON.stringify(envEntries),
            state.config.workingDir,
            state.config.user,
            ins.mounts.join(' '),
            ins.network ?? '',
          );
          if (source?.kind === 'stage')
            deps.push(ctx.states.get(source.index)!.lastVertex ?? ctx.dockerignoreVertex);
          else if (source?.kind === 'image') deps.push(ctx.images.get(source.ref)!.key);
          createdBy = runHistory(argv, state.args);
          const hit = ctx.noCache ? undefined : ctx.cache.steps[key];
          cachedRun = hit ? cachedLayer(hit) : undefined;
          outcome = cachedRun
            ? { layer: cachedRun, output: [] }
            : runStep(ins, argv, state, ctx.executor, key);
          baseMs = outcome.durationMs ?? defaultRunMs(argv, key);
        } else if (ins.kind === 'WORKDIR') {
          const path = posixPath.resolve(state.config.workingDir || '/', expand(ins.path, ins));
          state.config.workingDir = path;
          key = cacheKey(state.layerKey, 'workdir', path);
          createdBy = `WORKDIR ${path}`;
          outcome = workdirStep(path, state);
          baseMs = simulatedDurationMs(`workdir:${key}`, 10, 40);
        } else {
          const sources = ins.sources.map((s) => expand(s, ins));
          const dest = expand(ins.dest, ins);
          const chown = ins.chown !== undefined ? expand(ins.chown, ins) : undefined;
          const chmod = ins.chmod !== undefined ? expand(ins.chmod, ins) : undefined;
          let from: ReadonlyTree = ctx.context;
          if (source?.kind === 'stage') {
            const src = ctx.states.get(source.index)!;
            from = src.snapshot;
            deps.push(src.lastVertex ?? ctx.dockerignoreVertex);
          } else if (source?.kind === 'image') {
            const img = ctx.images.get(source.ref)!;
            from = img.base!.snapshot;
            deps.push(img.key);
          } else if (sources.length > 0) {
            deps.push(ctx.contextVertex ?? ctx.dockerignoreVertex);
          }
          outcome = copyStep(
            ins,
            {
              sources,
              dest,
              ...(chown !== undefined ? { chown } : {}),
              ...(chmod !== undefined ? { chmod } : {}),
              exclude: ins.exclude,
            },
            from,
            state,
          );
          const hash = (outcome as { sourceHash?: string }).sourceHash ?? '';
          key = cacheKey(
            state.layerKey,
            ins.kind,
            hash,
            dest,
            state.config.workingDir,
            chown ?? '',
            chmod ?? '',
            ins.exclude.join(','),
            source?.kind ?? 'context',
          );
          createdBy = copyHistory(ins.kind, sources, dest, chown, chmod);
          baseMs = simulatedDurationMs(`copy:${key}`, 40, 160) + (outcome.bytes ?? 0) / 100_000;
        }
        const hit = ctx.noCache ? undefined : ctx.cache.steps[key];
        const cached =
          hit !== undefined &&
          outcome.error === undefined &&
          (ins.kind !== 'RUN' || cachedRun !== undefined);
        const durationMs = cached ? 0 : Math.round(baseMs);
        const vertex: PlannedVertex = {
          key: vkey,
          name,
          deps,
          durationMs,
          ...(cached ? { cached: true } : {}),
          ...(outcome.error ? { error: outcome.error.message } : {}),
          ...(outcome.output.length && !cached
            ? { logs: logsOver(outcome.output, durationMs) }
            : {}),
        };
        ctx.vertices.push(vertex);
        if (outcome.error) {
          ctx.failures.set(vkey, { error: outcome.error, range: range(ins) });
          return false;
        }
        const created = hit?.created ?? ctx.now;
        if (!cached) {
          ctx.cacheWrites.set(vkey, [
            key,
            {
              created,
              durationMs,
              ...(ins.kind === 'RUN' && outcome.layer ? { layer: encodeLayer(outcome.layer) } : {}),
            },
          ]);
        }
        const layer = outcome.layer;
        if (layer) {
          state.snapshot = state.snapshot.withLayer(layer);
          state.newBytes += layer.size;
          const digest = digestOf(`layer:${key}`);
          state.diffIds.push(digest);
          state.history.push({
            created,
            createdBy,
            comment: COMMENT,
            emptyLayer: false,
            size: layer.size,
            compressedSize: Math.round(layer.size * COMPRESSION),
            digest,
          });
        } else {
          state.history.push({
            created,
            createdBy,
            comment: COMMENT,
            emptyLayer: true,
            size: 0,
            compressedSize: 0,
          });
        }
        state.created = created;
        state.layerKey = key;
        state.lastVertex = vkey;
        break;
      }
    }
  }
  ctx.states.set(index, state);
  return true;
}
