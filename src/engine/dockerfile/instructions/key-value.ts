import { atLeastOneArgument, blankNames, InstructionError } from './messages';
import type { ParseRequest } from './request';
import type {
  ArgDefinition,
  ArgInstruction,
  EnvInstruction,
  KeyValuePair,
  LabelInstruction,
} from './types';

/** BuildKit `parseKvps`: the parser's (key, value, separator) triplets. */
function keyValuePairs(args: readonly string[], command: string): KeyValuePair[] {
  if (args.length === 0) throw atLeastOneArgument(command);
  // uncertain: BuildKit's errTooManyArguments text; unreachable from the parser's output.
  if (args.length % 3 !== 0)
    throw new InstructionError(`Bad input to ${command}, too many arguments`);
  const pairs: KeyValuePair[] = [];
  for (let i = 0; i < args.length; i += 3) {
    if (args[i] === '') throw blankNames(command);
    pairs.push({ key: args[i]!, value: args[i + 1]!, legacy: args[i + 2] === '' });
  }
  return pairs;
}

export function parseEnv(req: ParseRequest): EnvInstruction {
  req.flags.parse();
  return { ...req.base, kind: 'ENV', pairs: keyValuePairs(req.args, 'ENV') };
}

export function parseLabel(req: ParseRequest): LabelInstruction {
  req.flags.parse();
  return { ...req.base, kind: 'LABEL', pairs: keyValuePairs(req.args, 'LABEL') };
}

/** ARG name[=default] …: several per line; the value is split at the first `=`. */
export function parseArg(req: ParseRequest): ArgInstruction {
  if (req.args.length < 1) throw atLeastOneArgument('ARG');
  req.flags.parse();
  const args: ArgDefinition[] = req.args.map((word) => {
    const eq = word.indexOf('=');
    if (eq < 0) return { name: word };
    if (eq === 0) throw blankNames('ARG');
    return { name: word.slice(0, eq), default: word.slice(eq + 1) };
  });
  return { ...req.base, kind: 'ARG', args };
}
