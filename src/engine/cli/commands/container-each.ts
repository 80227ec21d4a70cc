/**
 * stop / start / rm act on several containers and keep going after one fails, printing each
 * argument as given on success and each daemon error on stderr (ground truth §2.9).
 */
import { isEngineError } from '../../errors';
import type { CommandContext } from '../context';

export function forEachContainer(
  ctx: CommandContext,
  args: readonly string[],
  act: (arg: string) => void,
): number {
  if (args.length === 1) {
    act(args[0]!);
    ctx.out.stdout(`${args[0]}\n`);
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    try {
      act(arg);
      ctx.out.stdout(`${arg}\n`);
    } catch (e) {
      if (!isEngineError(e)) throw e;
      ctx.out.stderr(`${e.message}\n`);
      if (e.hint) ctx.out.hint?.(e.hint);
      status = 1;
    }
  }
  return status;
}
