/**
 * `/bin/true`, `/bin/echo`, `/bin/printf`… executed directly (`docker run alpine true`, or an
 * exec-form CMD) rather than through a shell. They behave like the shell builtins of the same
 * name, so they run those builtins instead of keeping a second implementation.
 */
import { basename } from '../../fs/posix-path';
import type { Program } from '../host';
import { shellProgram } from '../sh/program';

export const BUILTIN_COMMANDS = ['true', 'false', 'echo', 'printf', 'pwd', 'test', '['] as const;

const shell = shellProgram();

export const builtinCommand: Program = (proc) =>
  // `"$@"` runs the name as a builtin; the basename keeps `/bin/true` from looking itself up.
  shell({
    ...proc,
    argv: ['sh', '-c', '"$@"', 'sh', basename(proc.argv[0] ?? ''), ...proc.argv.slice(1)],
  });
