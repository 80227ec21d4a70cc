import type { InstructionNode } from '../ast';
import type { FullParseResult } from '../full';
import type { Stage } from '../stages';
import { buildGlobalScope, processWord, type GlobalScope, type LexOptions } from '../expand';

export type ParsedDockerfile = Extract<FullParseResult, { ok: true }>;

/**
 * What the rules share: the parse, the global ARG scope and the stage graph BuildKit
 * builds before dispatching (which stage is the target, which stages it needs).
 */
export interface CheckModel {
  readonly parsed: ParsedDockerfile;
  readonly lex: LexOptions;
  /** Meta ARGs with --build-arg values (what FROM lines expand with). */
  readonly global: GlobalScope;
  /** Meta ARGs with their defaults only (InvalidDefaultArgInFrom). */
  readonly defaults: GlobalScope | undefined;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** FROM image after expansion, per stage ('' when it could not be expanded). */
  readonly baseNames: readonly string[];
  /** Index of the stage a stage is built FROM, if it is built from a stage. */
  readonly baseStage: readonly (number | undefined)[];
  /** Per stage, the stage indexes its COPY --from / RUN --mount from= read. */
  readonly copyDeps: readonly number[][];
  readonly targetIndex: number;
  readonly reachable: ReadonlySet<number>;
}

export function stageIndexByName(stages: readonly Stage[], name: string): number | undefined {
  const lower = name.toLowerCase();
  return stages.find((s) => s.name === lower)?.index;
}

/** `--from=` value to a stage index: a number is an index, a name is looked up. */
export function resolveFrom(stages: readonly Stage[], from: string): number | undefined {
  if (/^\d+$/.test(from)) {
    const i = Number(from);
    return i < stages.length ? i : undefined;
  }
  return stageIndexByName(stages, from);
}

function mountFroms(node: InstructionNode): string[] {
  const out: string[] = [];
  for (const flag of node.flags) {
    if (!flag.startsWith('--mount=')) continue;
    for (const field of flag.slice('--mount='.length).split(',')) {
      if (field.startsWith('from=')) out.push(field.slice(5));
    }
  }
  return out;
}

export function buildModel(
  parsed: ParsedDockerfile,
  buildArgs: Readonly<Record<string, string>>,
  target: string | undefined,
): CheckModel {
  const lex: LexOptions = { escapeToken: parsed.ast.directives.escapeToken };
  const { stages, metaArgs } = parsed;
  const decls = metaArgs.flatMap((a) =>
    a.args.map((d) => ({ key: d.name, rawDefault: d.default })),
  );
  const targetIndex = target
    ? (stageIndexByName(stages, target) ?? stages.length - 1)
    : stages.length - 1;
  const targetStage = stages[targetIndex]?.name ?? '';
  const opts = { targetStage, lex };
  let defaults: GlobalScope | undefined;
  let global: GlobalScope;
  try {
    defaults = buildGlobalScope(decls, {}, opts);
  } catch {
    defaults = undefined; // BuildKit abandons that one check when defaults do not expand
  }
  try {
    global = buildGlobalScope(decls, buildArgs, opts);
  } catch {
    global = buildGlobalScope([], buildArgs, opts);
  }
  const baseNames: string[] = [];
  const baseStage: (number | undefined)[] = [];
  const copyDeps: number[][] = [];
  for (const stage of stages) {
    let base = '';
    try {
      base = processWord(stage.baseName, global.args, lex).result;
    } catch {
      base = '';
    }
    baseNames.push(base);
    // BuildKit links a stage to an *earlier* stage whose name equals the expanded base.
    const earlier = stages
      .slice(0, stage.index)
      .find((s) => s.name !== undefined && s.name === base);
    baseStage.push(earlier?.index);
    const deps: number[] = [];
    for (const ins of stage.instructions) {
      const froms = ins.kind === 'COPY' && ins.from !== undefined ? [ins.from] : [];
      if (ins.kind === 'RUN') froms.push(...mountFroms(ins.node));
      for (const f of froms) {
        const i = resolveFrom(stages, f);
        if (i !== undefined) deps.push(i);
      }
    }
    copyDeps.push(deps);
  }
  const reachable = new Set<number>();
  const visit = (i: number) => {
    if (reachable.has(i)) return;
    reachable.add(i);
    const b = baseStage[i];
    if (b !== undefined) visit(b);
    for (const d of copyDeps[i] ?? []) visit(d);
  };
  if (stages.length > 0) visit(targetIndex);
  return {
    parsed,
    lex,
    global,
    defaults,
    buildArgs,
    baseNames,
    baseStage,
    copyDeps,
    targetIndex,
    reachable,
  };
}

/** The image at the bottom of a stage's FROM chain (`scratch` included). */
export function rootImage(model: CheckModel, index: number): string {
  let i = index;
  for (let guard = 0; guard < model.baseNames.length; guard++) {
    const b = model.baseStage[i];
    if (b === undefined) break;
    i = b;
  }
  return model.baseNames[i] ?? '';
}
