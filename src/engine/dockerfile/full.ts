import type { DockerfileAst } from './ast';
import { DockerfileParseError } from './errors';
import { parseInstruction } from './instructions/parse-instruction';
import type { ArgInstruction, Instruction } from './instructions/types';
import { parseDockerfile } from './parser/parse';
import { buildStages, type Stage } from './stages';

export type FullParseResult =
  | {
      readonly ok: true;
      readonly ast: DockerfileAst;
      readonly instructions: readonly Instruction[];
      readonly metaArgs: readonly ArgInstruction[];
      readonly stages: readonly Stage[];
    }
  | { readonly ok: false; readonly error: DockerfileParseError };

/**
 * Text → AST → typed instructions → stages, stopping at the first error as BuildKit
 * does. Never throws. This is what `docker build` and the build checks start from.
 */
export function parseDockerfileFull(text: string): FullParseResult {
  const parsed = parseDockerfile(text);
  if (!parsed.ok) return parsed;
  try {
    const instructions = parsed.ast.children.map(parseInstruction);
    const { metaArgs, stages } = buildStages(instructions);
    return { ok: true, ast: parsed.ast, instructions, metaArgs, stages };
  } catch (err) {
    if (err instanceof DockerfileParseError) return { ok: false, error: err };
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      error: new DockerfileParseError(`internal parser error: ${detail}`, { startLine: 0 }),
    };
  }
}
