import { DockerfileParseError } from './errors';
import type { ArgInstruction, FromInstruction, Instruction } from './instructions/types';

/** One build stage: a FROM and the instructions up to the next FROM. */
export interface Stage {
  /** 0-based position in the file (`--from=0`, `stage-0`). */
  readonly index: number;
  /** Lower-cased `AS` name (BuildKit compares stage names case-insensitively). */
  readonly name?: string;
  /** The FROM image as written, unexpanded (BuildKit BaseName). */
  readonly baseName: string;
  /** Raw `--platform` value. */
  readonly platform?: string;
  readonly from: FromInstruction;
  /** The stage's instructions after FROM, in order. */
  readonly instructions: readonly Instruction[];
  /** 1-based inclusive span from FROM to the stage's last instruction. */
  readonly startLine: number;
  readonly endLine: number;
}

export interface StagesResult {
  /** Global ARGs declared before the first FROM (BuildKit metaArgs). */
  readonly metaArgs: readonly ArgInstruction[];
  readonly stages: readonly Stage[];
}

/**
 * BuildKit `instructions.Parse`'s grouping: ARGs before the first FROM are meta args;
 * any other instruction before a FROM is an error.
 */
export function buildStages(instructions: readonly Instruction[]): StagesResult {
  const metaArgs: ArgInstruction[] = [];
  const stages: Stage[] = [];
  let current: { from: FromInstruction; list: Instruction[] } | undefined;
  const close = () => {
    if (!current) return;
    const last = current.list[current.list.length - 1] ?? current.from;
    const { from } = current;
    stages.push({
      index: stages.length,
      ...(from.stageName !== undefined ? { name: from.stageName } : {}),
      baseName: from.image,
      ...(from.platform !== undefined ? { platform: from.platform } : {}),
      from,
      instructions: current.list,
      startLine: from.startLine,
      endLine: last.endLine,
    });
  };
  for (const instruction of instructions) {
    if (instruction.kind === 'FROM') {
      close();
      current = { from: instruction, list: [] };
    } else if (!current) {
      if (instruction.kind === 'ARG') {
        metaArgs.push(instruction);
        continue;
      }
      // uncertain: BuildKit's text (not in the ground truth file); it is not wrapped
      // with "dockerfile parse error on line N".
      throw new DockerfileParseError('no build stage in current context', {
        startLine: instruction.startLine,
        endLine: instruction.endLine,
      });
    } else {
      current.list.push(instruction);
    }
  }
  close();
  return { metaArgs, stages };
}
