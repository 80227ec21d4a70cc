/**
 * `docker …`: finds the subcommand, parses its flags with the shared parser, prints `--help`,
 * runs it, and turns every failure into docker's stderr text and exit status. This is the one
 * place errors become exit codes, and the one place a failed command's daemon changes are
 * rolled back, so commands can throw freely.
 */
import { EngineError, isEngineError } from '../errors';
import { parseArgs } from './args';
import { closest } from './args/suggest';
import {
  UnknownCommandError,
  InternalError,
  NotSimulatedCommandError,
  REAL_BUT_NOT_SIMULATED,
} from './cli-errors';
import type { CommandContext, CommandResult } from './context';
import { renderHelp } from './help';
import { MANAGEMENT, commandNames, findCommand, specAs } from './registry';
import { managementHelp, rootHelp } from './root-help';

/** Prints an error the way docker does and returns the exit status: the one mapping. */
export function reportError(ctx: CommandContext, error: unknown): number {
  const e: EngineError = isEngineError(error) ? error : new InternalError(error);
  if (e.message !== '') ctx.out.stderr(`${e.message}\n`);
  if (e.hint) ctx.out.hint?.(e.hint);
  return e.exitCode;
}

function subcommandsOf(group: string): string[] {
  return commandNames()
    .filter((n) => n.startsWith(`${group} `))
    .map((n) => n.slice(group.length + 1));
}

function versionLine(ctx: CommandContext): string {
  // uncertain: `docker --version` format from docker/cli (`Docker version X, build <commit>`).
  const build = ctx.daemon.profile.name === 'docker29' ? '3d4129b' : 'ecc6942';
  return `Docker version ${ctx.daemon.profile.cliVersion}, build ${build}\n`;
}

/** Runs `docker <argv…>` and returns its exit status (or a running foreground container). */
export function dispatch(ctx: CommandContext, argv: readonly string[]): CommandResult {
  const done = (exitCode: number): CommandResult => ({ exitCode });
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && argv[1] !== undefined) return dispatch(ctx, [argv[1], '--help']);
    ctx.out.stdout(rootHelp());
    return done(0);
  }
  if (first === '--version' || first === '-v') {
    ctx.out.stdout(versionLine(ctx));
    return done(0);
  }
  if (first.startsWith('-')) {
    // uncertain: only --help/--version are simulated among docker's global flags.
    const reason = first.startsWith('--')
      ? `unknown flag: ${first.split('=')[0]}`
      : `unknown shorthand flag: '${first[1]}' in ${first}`;
    return done(reportError(ctx, new UnknownGlobalFlagError(reason)));
  }

  let typed = first;
  let rest = argv.slice(1);
  if (first in MANAGEMENT) {
    const sub = argv[1];
    if (sub === undefined || sub === '--help' || sub === '-h') {
      ctx.out.stdout(managementHelp(first, subcommandsOf(first)));
      return done(0);
    }
    typed = `${first} ${sub}`;
    rest = argv.slice(2);
  }
  // Plugin-style pairs (`buildx build`) that are not management groups.
  if (!(first in MANAGEMENT) && argv[1] !== undefined && findCommand(`${first} ${argv[1]}`)) {
    typed = `${first} ${argv[1]}`;
    rest = argv.slice(2);
  }
  const module = findCommand(typed);
  if (!module && REAL_BUT_NOT_SIMULATED.has(typed)) {
    return done(reportError(ctx, new NotSimulatedCommandError(typed)));
  }
  if (!module) {
    const top = commandNames().filter((n) => !n.includes(' '));
    const hintName = closest(typed, top);
    return done(
      reportError(
        ctx,
        new UnknownCommandError(typed, ctx.daemon.profile.era === 'legacy', hintName),
      ),
    );
  }
  const spec = specAs(module, typed);
  const parsed = parseArgs(spec, rest, { era: ctx.daemon.profile.era });
  if (isEngineError(parsed)) {
    return done(reportError(ctx, parsed));
  }
  for (const notice of parsed.notices) ctx.out.stderr(`${notice}\n`);
  for (const flag of spec.flags) {
    if (flag.notSimulated && parsed.changed.includes(flag.long)) {
      ctx.out.stderr(`[stagecraft] --${flag.long} is not simulated here; it has no effect.\n`);
    }
  }
  if (parsed.help) {
    ctx.out.stdout(renderHelp(spec, { width: ctx.term.width }));
    return done(0);
  }
  const checkpoint = module.readOnly ? undefined : ctx.daemon.checkpoint();
  try {
    const result = module.run(ctx, parsed);
    return typeof result === 'number' ? done(result) : result;
  } catch (error) {
    // docker leaves a container in `Created` when its start fails; such errors say so.
    if (checkpoint && !(isEngineError(error) && error.data.keepState === true)) {
      ctx.daemon.restore(checkpoint);
    }
    return done(reportError(ctx, error));
  }
}

class UnknownGlobalFlagError extends EngineError {
  readonly code = 'CLI_UNKNOWN_GLOBAL_FLAG';
  constructor(reason: string) {
    super(
      `${reason}\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information`,
      {
        hint: "Flags before the command are docker's global options; put command flags after the command name.",
        exitCode: 125,
        data: { reason },
      },
    );
  }
}
