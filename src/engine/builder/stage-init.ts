/** A stage's starting state: a base image, scratch, or a copy of an earlier stage. */
import { parseDockerfileFull } from '../dockerfile/full';
import { StageScope } from '../dockerfile/expand';
import type { Instruction } from '../dockerfile/instructions/types';
import { Snapshot } from '../fs';
import { SCRATCH_CONFIG, SCRATCH_FACTS } from './base';
import { ConfigBuilder, type BuiltConfig } from './config';
import { ConversionFailure } from './conversion';
import { cacheKey, type RunContext } from './run-context';
import type { StageState } from './state';
import type { SourceRange } from './types';

export function initialState(
  ctx: RunContext,
  index: number,
): { state: StageState; triggers: readonly string[] } {
  const node = ctx.graph.nodes[index]!;
  const base = node.base;
  if (base.kind === 'stage') {
    const p = ctx.states.get(base.index)!;
    const parentConfig = p.config.build();
    return {
      state: {
        ...p,
        config: new ConfigBuilder(parentConfig),
        history: [...p.history],
        scope: p.scope.fork(),
        args: p.args.map(([k, v]) => [k, v]),
        diffIds: [...p.diffIds],
      },
      triggers: parentConfig.OnBuild ?? [],
    };
  }
  const image = base.kind === 'image' ? ctx.images.get(base.ref)!.base! : undefined;
  const config: BuiltConfig = image?.config ?? SCRATCH_CONFIG;
  const key = image ? cacheKey('from', image.id) : 'scratch';
  const record = ctx.cache.steps[key];
  if (!record) ctx.cache.steps[key] = { created: ctx.now, durationMs: 0 };
  const envPairs = config.Env.map((kv): [string, string] => {
    const eq = kv.indexOf('=');
    return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
  });
  return {
    state: {
      snapshot: image?.snapshot ?? Snapshot.empty(),
      config: new ConfigBuilder(config),
      facts: image?.facts ?? SCRATCH_FACTS,
      history: [...(image?.history ?? [])],
      baseSize: image?.size ?? 0,
      baseCompressed: image?.compressedSize ?? 0,
      newBytes: 0,
      scope: new StageScope(ctx.graph.global, ctx.buildArgs, envPairs),
      layerKey: key,
      ...(ctx.fromVertex.has(index) ? { lastVertex: ctx.fromVertex.get(index)! } : {}),
      args: [],
      diffIds: [],
      created: record?.created ?? ctx.now,
    },
    triggers: config.OnBuild ?? [],
  };
}

export function parseTriggers(triggers: readonly string[], at: SourceRange): Instruction[] {
  if (triggers.length === 0) return [];
  const parsed = parseDockerfileFull(`FROM scratch\n${triggers.join('\n')}\n`);
  if (!parsed.ok) throw new ConversionFailure(parsed.error, at);
  return [...parsed.stages[0]!.instructions];
}
