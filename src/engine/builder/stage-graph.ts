/**
 * The stage graph: which stages a build needs and in what order (§2.3, §4). A stage depends
 * on another through `FROM <stage>`, `COPY --from=<stage|index>` and `RUN --mount=from=…`.
 * BuildKit builds only what the target needs; the legacy builder builds every stage up to
 * the target. A `--from` that names no stage is an image reference.
 */
import { buildGlobalScope, processWord, type GlobalScope } from '../dockerfile/expand';
import type { ArgInstruction } from '../dockerfile/instructions/types';
import type { Stage } from '../dockerfile/stages';
import { levenshtein } from '../dockerfile/instructions/suggest';
import { InvalidReferenceError } from '../images/errors';
import { normalizeReference } from '../images/reference';
import { BuildBaseNameError, BuildStageReferenceError, BuildTargetNotFoundError } from './errors';

/** Where a stage's FROM points. */
export type StageBase =
  | { readonly kind: 'scratch' }
  | { readonly kind: 'stage'; readonly index: number }
  | { readonly kind: 'image'; readonly asWritten: string; readonly ref: string };

/** A `--from` source of a COPY or RUN mount. */
export type FromSource =
  | { readonly kind: 'stage'; readonly index: number }
  | { readonly kind: 'image'; readonly asWritten: string; readonly ref: string };

export interface StageNode {
  readonly stage: Stage;
  readonly base: StageBase;
  /** `--from` values of the stage's instructions, by instruction index. */
  readonly sources: ReadonlyMap<number, FromSource>;
  /** Stage indexes this stage needs built first. */
  readonly deps: readonly number[];
}

export interface StageGraph {
  readonly nodes: readonly StageNode[];
  readonly target: number;
  /** Stages to build, dependencies first. */
  readonly order: readonly number[];
  readonly global: GlobalScope;
}

/** BuildKit's suggestion: the closest name within Levenshtein distance < 3 (case-sensitive). */
export function suggestName(value: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let min = 3;
  for (const o of options) {
    const d = levenshtein(value, o, min);
    if (d < min && o !== value) {
      min = d;
      best = o;
    }
  }
  return best;
}

function findStage(stages: readonly Stage[], name: string, before?: number): number | undefined {
  const lower = name.toLowerCase();
  const limit = before ?? stages.length;
  for (let i = 0; i < limit; i++) if (stages[i]!.name === lower) return i;
  return undefined;
}

function fromSource(value: string, stages: readonly Stage[], current: Stage): FromSource {
  if (value.includes('$')) {
    throw new BuildStageReferenceError(
      'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround',
      'Declare the image in its own stage (`ARG IMG` … `FROM ${IMG} AS src`) and use --from=src.',
    );
  }
  if (/^\d+$/.test(value)) {
    const index = Number(value);
    if (index >= stages.length) {
      throw new BuildStageReferenceError(
        `invalid stage index ${index}`,
        `Stages are numbered from 0 in the order of their FROM lines; this Dockerfile has ${stages.length}.`,
      );
    }
    if (index >= current.index) {
      throw new BuildStageReferenceError(
        `cannot copy from stage ${JSON.stringify(value)}, it needs to be defined before current stage ${JSON.stringify(current.name ?? String(current.index))}`,
        'A stage can only copy from stages above it in the Dockerfile.',
      );
    }
    return { kind: 'stage', index };
  }
  const byName = findStage(stages, value);
  if (byName !== undefined) {
    if (byName >= current.index) {
      throw new BuildStageReferenceError(
        `cannot copy from stage ${JSON.stringify(value)}, it needs to be defined before current stage ${JSON.stringify(current.name ?? String(current.index))}`,
        'A stage can only copy from stages above it in the Dockerfile.',
      );
    }
    return { kind: 'stage', index: byName };
  }
  return { kind: 'image', asWritten: value, ref: imageRef(value) };
}

/** Normalises an image name the way a FROM or --from must parse. */
function imageRef(name: string): string {
  try {
    return normalizeReference(name);
  } catch (e) {
    if (!(e instanceof InvalidReferenceError)) throw e;
    // uncertain: dockerfile2llb's wrapping, not captured in the ground truth.
    throw new BuildStageReferenceError(
      `failed to parse stage name ${JSON.stringify(name)}: ${e.message}`,
      e.hint,
    );
  }
}

function mountFrom(mount: string): string | undefined {
  for (const part of mount.split(',')) {
    const [k, v] = part.split('=', 2) as [string, string | undefined];
    if (k.trim().toLowerCase() === 'from' && v !== undefined) return v.trim();
  }
  return undefined;
}

export interface StageGraphOptions {
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
}

export function buildStageGraph(
  stages: readonly Stage[],
  metaArgs: readonly ArgInstruction[],
  options: StageGraphOptions = {},
): StageGraph {
  if (stages.length === 0) {
    // uncertain: dockerfile2llb's text for a Dockerfile with only global ARGs.
    throw new BuildStageReferenceError(
      'dockerfile contains no stages to build',
      'A Dockerfile needs at least one FROM line to start a stage.',
    );
  }
  let target = stages.length - 1;
  if (options.target !== undefined && options.target !== '') {
    const found = findStage(stages, options.target);
    if (found === undefined) {
      const names = stages.map((s) => s.name).filter((n): n is string => n !== undefined);
      throw new BuildTargetNotFoundError(options.target, suggestName(options.target, names));
    }
    target = found;
  }
  const decls = metaArgs.flatMap((a) =>
    a.args.map((d) => ({
      key: d.name,
      ...(d.default !== undefined ? { rawDefault: d.default } : {}),
    })),
  );
  const targetName = stages[target]?.name ?? '';
  const global = buildGlobalScope(decls, options.buildArgs ?? {}, { targetStage: targetName });
  const nodes: StageNode[] = stages.map((stage) => {
    const expanded = processWord(stage.baseName, global.args).result;
    if (expanded.trim() === '') throw new BuildBaseNameError(stage.baseName);
    let base: StageBase;
    const parent = findStage(stages, expanded, stage.index);
    if (expanded.toLowerCase() === 'scratch') base = { kind: 'scratch' };
    else if (parent !== undefined) base = { kind: 'stage', index: parent };
    else base = { kind: 'image', asWritten: expanded, ref: imageRef(expanded) };
    const sources = new Map<number, FromSource>();
    stage.instructions.forEach((ins, i) => {
      if (ins.kind === 'COPY' && ins.from !== undefined) {
        sources.set(i, fromSource(ins.from, stages, stage));
      } else if (ins.kind === 'RUN') {
        for (const m of ins.mounts) {
          const f = mountFrom(m);
          if (f !== undefined) sources.set(i, fromSource(f, stages, stage));
        }
      }
    });
    const deps = new Set<number>();
    if (base.kind === 'stage') deps.add(base.index);
    for (const s of sources.values()) if (s.kind === 'stage') deps.add(s.index);
    return { stage, base, sources, deps: [...deps] };
  });
  const order: number[] = [];
  const seen = new Set<number>();
  const visit = (i: number, path: Set<number>): void => {
    if (seen.has(i)) return;
    if (path.has(i)) {
      throw new BuildStageReferenceError(
        `circular dependency detected on stage: ${stages[i]!.name ?? String(i)}`,
        'Two stages depend on each other; one of them must not use the other.',
      );
    }
    path.add(i);
    for (const d of nodes[i]!.deps) visit(d, path);
    path.delete(i);
    seen.add(i);
    order.push(i);
  };
  visit(target, new Set());
  return { nodes, target, order, global };
}

/** The legacy builder runs every stage from the first up to the target, in file order. */
export function legacyOrder(graph: StageGraph): number[] {
  return Array.from({ length: graph.target + 1 }, (_, i) => i);
}
