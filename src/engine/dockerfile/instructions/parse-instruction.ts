import type { InstructionNode } from '../ast';
import { DockerfileParseError } from '../errors';
import { parseAdd, parseCopy } from './copy-add';
import { parseFrom } from './from';
import { parseHealthcheck } from './healthcheck';
import { parseArg, parseEnv, parseLabel } from './key-value';
import { InstructionError } from './messages';
import { parseOnbuild } from './onbuild';
import { newParseRequest, type ParseRequest } from './request';
import { parseCommandLine, parseRun, parseShell } from './run';
import {
  parseExpose,
  parseMaintainer,
  parseStopSignal,
  parseUser,
  parseVolume,
  parseWorkdir,
} from './simple';
import { closest } from './suggest';
import type { Instruction } from './types';

const PARSERS: Readonly<Record<string, (req: ParseRequest) => Instruction>> = {
  add: parseAdd,
  arg: parseArg,
  cmd: (req) => parseCommandLine(req, 'CMD'),
  copy: parseCopy,
  entrypoint: (req) => parseCommandLine(req, 'ENTRYPOINT'),
  env: parseEnv,
  expose: parseExpose,
  from: parseFrom,
  healthcheck: parseHealthcheck,
  label: parseLabel,
  maintainer: parseMaintainer,
  onbuild: parseOnbuild,
  run: parseRun,
  shell: parseShell,
  stopsignal: parseStopSignal,
  user: parseUser,
  volume: parseVolume,
  workdir: parseWorkdir,
};

/** Every instruction keyword BuildKit knows, upper-case, in a stable order. */
export const INSTRUCTION_NAMES: readonly string[] = Object.keys(PARSERS).map((k) =>
  k.toUpperCase(),
);

/**
 * `unknown instruction: <WORD>`, plus ` (did you mean <X>?)` for a near miss. The
 * suggestion follows the input's case: `RUNN` → `RUN`, `runn` → `run`.
 * uncertain: for mixed case (`Runn`) BuildKit's exact choice is not in the ground truth;
 * we suggest lower case.
 */
export function unknownInstructionMessage(word: string): string {
  const match = closest(word, INSTRUCTION_NAMES);
  if (match === undefined) return `unknown instruction: ${word}`;
  const suggestion = word === word.toUpperCase() ? match : match.toLowerCase();
  return `unknown instruction: ${word} (did you mean ${suggestion}?)`;
}

/**
 * BuildKit `ParseInstruction` + the `parseError` wrapper of `instructions.Parse`:
 * converts one node, or throws DockerfileParseError `dockerfile parse error on line N: …`.
 */
export function parseInstruction(node: InstructionNode): Instruction {
  // Own keys only: a keyword such as `__proto__` must not find Object.prototype.
  const parser = Object.hasOwn(PARSERS, node.keyword) ? PARSERS[node.keyword] : undefined;
  try {
    if (!parser) throw new InstructionError(unknownInstructionMessage(node.keywordAsWritten));
    return parser(newParseRequest(node));
  } catch (err) {
    if (err instanceof InstructionError) {
      throw new DockerfileParseError(err.message, {
        startLine: node.startLine,
        endLine: node.endLine,
        wrapped: true,
      });
    }
    throw err;
  }
}
