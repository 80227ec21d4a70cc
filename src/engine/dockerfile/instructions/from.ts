import { goQuote } from '../../format/go-quote';
import { InstructionError } from './messages';
import type { ParseRequest } from './request';
import type { FromInstruction } from './types';

// `^[a-z][a-z0-9-_.]*$` in Go, where the `-` after a range is a literal.
const VALID_STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;

/** FROM image [AS name], with `--platform`. */
export function parseFrom(req: ParseRequest): FromInstruction {
  const { args } = req;
  let stageName: string | undefined;
  if (args.length === 3 && args[1]!.toLowerCase() === 'as') {
    stageName = args[2]!.toLowerCase();
    if (!VALID_STAGE_NAME.test(stageName)) {
      throw new InstructionError(
        `invalid name for build stage: ${goQuote(args[2]!)}, name can't start with a number or contain symbols`,
      );
    }
  } else if (args.length !== 1) {
    throw new InstructionError('FROM requires either one or three arguments');
  }
  const platform = req.flags.addString('platform');
  req.flags.parse();
  const platformValue = platform();
  return {
    ...req.base,
    kind: 'FROM',
    image: args[0]!,
    ...(stageName !== undefined
      ? { stageName, stageNameAsWritten: args[2]!, asKeyword: args[1]! }
      : {}),
    ...(platformValue !== undefined ? { platform: platformValue } : {}),
  };
}
