import type { InstructionNode } from '../ast';
import { BuilderFlags } from './flags';
import type { InstructionBase } from './types';

/** What each instruction parser receives (BuildKit `parseRequest`). */
export interface ParseRequest {
  readonly node: InstructionNode;
  /** BuildKit `nodeArgs`: the node's args; for ONBUILD the trigger keyword and its args. */
  readonly args: string[];
  readonly json: boolean;
  readonly flags: BuilderFlags;
  readonly base: InstructionBase;
}

export function newParseRequest(node: InstructionNode): ParseRequest {
  const args = node.next ? [node.next.keywordAsWritten, ...node.next.args] : [...node.args];
  return {
    node,
    args,
    json: node.json,
    flags: new BuilderFlags(node.flags),
    base: {
      keyword: node.keywordAsWritten,
      original: node.original,
      flags: node.flags,
      startLine: node.startLine,
      endLine: node.endLine,
      node,
    },
  };
}
