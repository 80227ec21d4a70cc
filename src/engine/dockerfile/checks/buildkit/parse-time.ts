import type { InstructionNode } from '../../ast';
import type { Instruction } from '../../instructions/types';
import type { CheckModel } from '../model';
import type { Emit } from './report';

/**
 * Rules BuildKit runs while turning nodes into instructions (instructions.Parse), for every
 * instruction in file order, reachable or not: NoEmptyContinuation (from the parser),
 * StageNameCasing, FromAsCasing, MaintainerDeprecated, InvalidDefinitionDescription,
 * ExposeProtoCasing and ExposeInvalidFormat.
 */
export function parseTimeRules(model: CheckModel, emit: Emit): void {
  for (const w of model.parsed.ast.warnings) {
    if (w.url.endsWith('/no-empty-continuation/')) {
      emit('NoEmptyContinuation', 'Empty continuation line', {
        startLine: w.line,
        endLine: w.line,
      });
    }
  }
  for (const ins of model.parsed.instructions) {
    if (ins.kind === 'FROM') fromRules(ins, emit);
    else if (ins.kind === 'MAINTAINER') {
      emit(
        'MaintainerDeprecated',
        'Maintainer instruction is deprecated in favor of using label',
        ins,
      );
    } else if (ins.kind === 'ARG') {
      describedBy(
        'ARG',
        ins.args.map((a) => a.name),
        ins.node,
        emit,
      );
    } else if (ins.kind === 'EXPOSE') exposeRules(ins.ports, ins, emit);
  }
}

const isLower = (s: string) => s === s.toLowerCase();
const isUpper = (s: string) => s === s.toUpperCase();

function fromRules(ins: Extract<Instruction, { kind: 'FROM' }>, emit: Emit): void {
  const written = ins.stageNameAsWritten;
  if (written !== undefined && !isLower(written)) {
    emit('StageNameCasing', `Stage name '${written}' should be lowercase`, ins);
  }
  // A mixed-case FROM is ConsistentInstructionCasing's business, not this rule's.
  const as = ins.asKeyword;
  if (as !== undefined && (isLower(ins.keyword) || isUpper(ins.keyword))) {
    const matches = isLower(ins.keyword) ? isLower(as) : isUpper(as);
    if (!matches)
      emit('FromAsCasing', `'${as}' and '${ins.keyword}' keywords' casing do not match`, ins);
  }
  if (ins.stageName !== undefined) describedBy('FROM', [ins.stageName], ins.node, emit);
}

/**
 * The comment right above FROM/ARG is read as its description (`# build Compiles the app`),
 * so it must start with the stage or ARG name. Only the last comment line is checked.
 */
function describedBy(
  instruction: 'FROM' | 'ARG',
  keys: readonly string[],
  node: InstructionNode,
  emit: Emit,
): void {
  const comments = node.precedingComments;
  if (comments.length === 0 || keys.length === 0) return;
  const firstWord = comments[comments.length - 1]!.split(' ')[0];
  if (keys.includes(firstWord!)) return;
  const example = keys.length > 1 ? '<arg_key>' : keys[0]!;
  emit(
    'InvalidDefinitionDescription',
    `Comment for ${instruction} should follow the format: \`# ${example} <description>\``,
    node,
  );
}

/**
 * uncertain: the ground truth gives the messages but not the exact detection; this reports
 * any `:` (an IP or host-port mapping) and any protocol that is not all lower case.
 */
function exposeRules(ports: readonly string[], span: Instruction, emit: Emit): void {
  for (const port of ports) {
    if (port.includes(':')) {
      emit(
        'ExposeInvalidFormat',
        `EXPOSE instruction should not define an IP address or host-port mapping, found '${port}'`,
        span,
      );
    }
    const slash = port.lastIndexOf('/');
    if (slash >= 0 && !isLower(port.slice(slash + 1))) {
      emit(
        'ExposeProtoCasing',
        `Defined protocol '${port}' in EXPOSE instruction should be lowercase`,
        span,
      );
    }
  }
}
