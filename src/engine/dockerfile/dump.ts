import { goQuote, goQuoteSlice } from '../format/go-quote';
import type { DockerfileAst, InstructionNode } from './ast';
import { trimGoSpace } from './text/go-strings';

/**
 * BuildKit's `Node.Dump()` (ground truth §1.3): one `(keyword "arg"…)` line per
 * instruction, flags as a Go `%q` slice, ONBUILD triggers nested. The conformance corpus
 * compares `dumpAst(ast) + "\n"` with each `result` file byte for byte.
 */
export function dumpAst(ast: DockerfileAst): string {
  const lines: string[] = [];
  for (const child of ast.children) lines.push('(' + dumpNode(child) + ')\n');
  return trimGoSpace(lines.join(''));
}

/** One instruction without its outer parentheses; nested ONBUILD handled by a loop. */
export function dumpNode(node: InstructionNode): string {
  const heads: string[] = [];
  let current: InstructionNode | undefined = node;
  while (current) {
    let head = current.keyword.toLowerCase();
    if (current.flags.length > 0) head += ' ' + goQuoteSlice(current.flags);
    for (const arg of current.args) head += ' ' + goQuote(arg);
    heads.push(head);
    current = current.next;
  }
  // Go trims each level's text; a head starts with its keyword and ends with a quote,
  // `]` or the keyword, so one trim of the whole is the same and stays linear.
  return trimGoSpace(heads.join(' (') + ')'.repeat(heads.length - 1));
}
