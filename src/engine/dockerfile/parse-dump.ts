import { dumpAst } from './dump';
import { parseDockerfile } from './parser/parse';

export interface ParseDumpOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * `npm run sim -- --parse-dump FILE`: BuildKit's dump plus a newline (the exact bytes of
 * the corpus `result` files), or the error message on stderr with exit code 1.
 */
export function parseDumpOutput(text: string): ParseDumpOutput {
  const result = parseDockerfile(text);
  if (!result.ok) {
    // One line, always: a message can only contain a newline through a pasted instruction.
    return { stdout: '', stderr: result.error.message.replace(/\r?\n/g, ' ') + '\n', exitCode: 1 };
  }
  return { stdout: dumpAst(result.ast) + '\n', stderr: '', exitCode: 0 };
}
