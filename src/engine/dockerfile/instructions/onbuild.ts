import { atLeastOneArgument, InstructionError } from './messages';
import type { ParseRequest } from './request';
import type { OnbuildInstruction } from './types';

/**
 * ONBUILD trigger: stored, not run. Only chaining and the FROM/MAINTAINER triggers are
 * rejected here; anything else is checked when a child image's build fires it.
 */
export function parseOnbuild(req: ParseRequest): OnbuildInstruction {
  const trigger = req.node.next;
  if (req.args.length === 0 || !trigger) throw atLeastOneArgument('ONBUILD');
  req.flags.parse();
  const triggerKeyword = req.args[0]!.trim().toUpperCase();
  if (triggerKeyword === 'ONBUILD') {
    throw new InstructionError("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
  }
  if (triggerKeyword === 'MAINTAINER' || triggerKeyword === 'FROM') {
    throw new InstructionError(`${triggerKeyword} isn't allowed as an ONBUILD trigger`);
  }
  let expression = req.node.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
  for (const doc of req.node.heredocs) expression += '\n' + doc.content + doc.name;
  return { ...req.base, kind: 'ONBUILD', expression, trigger };
}
