import type { CheckModel } from '../model';
import { resolveFrom } from '../model';
import { searchSuggestion } from '../suggest';
import type { StagecraftEmit } from './report';

/** copy-from-unknown-stage and unused-stage: mistakes in how stages connect. */
export function stageGraphRules(model: CheckModel, emit: StagecraftEmit): void {
  const { stages } = model.parsed;
  const names = stages.flatMap((s) => (s.name ? [s.name] : []));
  for (const stage of stages) {
    for (const ins of stage.instructions) {
      if (ins.kind !== 'COPY' || ins.from === undefined || ins.from.includes('$')) continue;
      const from = ins.from;
      const index = resolveFrom(stages, from);
      if (index !== undefined && index >= stage.index) {
        emit(
          'copyFromUnknownStage',
          `COPY --from=${from} names a stage that is defined at or after this one. A stage can only copy from stages above it; BuildKit stops with "cannot copy from stage". Move the ${from} stage above this one.`,
          ins,
        );
      } else if (
        index === undefined &&
        /^[a-z0-9][a-z0-9_.-]*$/i.test(from) &&
        !/^\d+$/.test(from)
      ) {
        // Only a bare word looks like a stage typo; `nginx:1.27` or `ghcr.io/x` is clearly an image.
        const s = searchSuggestion(from.toLowerCase(), names);
        emit(
          'copyFromUnknownStage',
          `COPY --from=${from} matches no stage${s ? ` (did you mean ${s}?)` : ''}. BuildKit then treats it as an image reference and tries to pull docker.io/library/${from.toLowerCase()}:latest, which fails or copies from an unrelated image. Name a stage defined earlier with FROM … AS ${s ?? from}.`,
          ins,
        );
      } else if (/^\d+$/.test(from) && index === undefined) {
        emit(
          'copyFromUnknownStage',
          `COPY --from=${from} refers to stage index ${from}, but the Dockerfile has only ${stages.length} stage${stages.length === 1 ? '' : 's'} (numbered from 0). BuildKit stops with "invalid stage index ${from}".`,
          ins,
        );
      }
    }
  }
  for (const stage of stages) {
    if (model.reachable.has(stage.index)) continue;
    const label = stage.name ?? `#${stage.index}`;
    emit(
      'unusedStage',
      `Stage ${label} is not used by the stage being built (${stages[model.targetIndex]?.name ?? 'the last stage'}): nothing copies from it or builds FROM it, so BuildKit skips it. Build it on purpose with docker build --target ${stage.name ?? '<name>'}, copy from it, or delete it.`,
      stage.from,
    );
  }
}
