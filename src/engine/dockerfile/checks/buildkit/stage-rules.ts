import type { CheckModel } from '../model';
import type { Emit } from './report';

const RESERVED = new Set(['context', 'scratch']);

/** validateStageNames and validateCommandCasing, run once over all stages. */
export function stageRules(model: CheckModel, emit: Emit): void {
  const seen = new Set<string>();
  for (const stage of model.parsed.stages) {
    const name = stage.name;
    if (name === undefined) continue;
    if (RESERVED.has(name)) {
      emit(
        'ReservedStageName',
        `Stage name should not use the same name as reserved stage "${name}"`,
        stage.from,
      );
    }
    if (seen.has(name)) {
      emit(
        'DuplicateStageName',
        `Duplicate stage name "${name}", stage names should be unique`,
        stage.from,
      );
    }
    seen.add(name);
  }
  instructionCasing(model, emit);
}

/**
 * ConsistentInstructionCasing: all-lower and all-upper keywords vote (FROM included, meta
 * ARGs not, since they belong to no stage); a tie means uppercase. Every keyword not
 * entirely in the majority case is reported, mixed-case ones included.
 */
function instructionCasing(model: CheckModel, emit: Emit): void {
  const all = model.parsed.stages.flatMap((s) => [s.from, ...s.instructions]);
  let lower = 0;
  let upper = 0;
  for (const ins of all) {
    const k = ins.keyword;
    if (k === k.toLowerCase()) lower++;
    else if (k === k.toUpperCase()) upper++;
  }
  const majorityLower = lower > upper;
  for (const ins of all) {
    const k = ins.keyword;
    if (majorityLower ? k !== k.toLowerCase() : k !== k.toUpperCase()) {
      const casing = majorityLower ? 'lowercase' : 'uppercase';
      emit(
        'ConsistentInstructionCasing',
        `Command '${k}' should match the case of the command majority (${casing})`,
        ins,
      );
    }
  }
}
