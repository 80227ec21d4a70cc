/**
 * Every simulated docker subcommand, by the name(s) it is typed as. One file per command under
 * ./commands (isomorphic-git style); this list is the only place that knows them all.
 *
 * The command module shape, which every file in ./commands follows (build.ts too):
 *
 *   export const command: CommandModule = {
 *     spec: { name: 'images', use: 'images [OPTIONS] [REPOSITORY[:TAG]]', description: 'List images',
 *             aliases: ['docker image ls', 'docker image list', 'docker images'], flags: [...] },
 *     names: ['images', 'image ls', 'image list'],   // every way to type it; first = spec.name
 *     run(ctx, parsed) { ctx.out.stdout('…\n'); return 0; },
 *   };
 *
 * - `run` is synchronous. It prints through `ctx.out` and returns an exit status, or a
 *   CommandResult with a `running` handle for a foreground container that keeps running.
 * - Failures are thrown as EngineError subclasses whose `message` is exactly what docker prints
 *   on stderr and whose `exitCode` is docker's; the dispatcher prints them, maps them to the exit
 *   status and rolls daemon state back. Never catch-and-print in a command, except where docker
 *   itself keeps going after an error (rmi/rm with several arguments).
 * - Flags are data (`spec.flags`); the dispatcher parses them with the shared parser and renders
 *   `--help` from the spec, so a command never sees `--help` or a usage error.
 * - `parsed.values` holds every declared flag (defaults filled in); `parsed.positionals` the rest.
 */
import type { CommandSpec, ParsedCommand } from './args';
import type { CommandContext, CommandResult } from './context';
import { command as build } from './commands/build';
import { command as buildxBuild } from './commands/buildx-build';
import { command as exec } from './commands/exec';
import { command as history } from './commands/history';
import { command as imagePrune } from './commands/image-prune';
import { command as images } from './commands/images';
import { command as info } from './commands/info';
import { command as inspect } from './commands/inspect';
import { command as login } from './commands/login';
import { command as logout } from './commands/logout';
import { command as logs } from './commands/logs';
import { command as ps } from './commands/ps';
import { command as pull } from './commands/pull';
import { command as push } from './commands/push';
import { command as rm } from './commands/rm';
import { command as rmi } from './commands/rmi';
import { command as run } from './commands/run';
import { command as start } from './commands/start';
import { command as stop } from './commands/stop';
import { command as systemDf } from './commands/system-df';
import { command as tag } from './commands/tag';
import { command as version } from './commands/version';

export interface CommandModule {
  readonly spec: CommandSpec;
  /** Every way to type the command, e.g. `['rmi', 'image rm', 'image remove']`. */
  readonly names: readonly string[];
  run(ctx: CommandContext, parsed: ParsedCommand): number | CommandResult;
  /** True for commands that never change daemon state: the dispatcher skips the checkpoint. */
  readonly readOnly?: boolean;
}

const MODULES: CommandModule[] = [
  build,
  buildxBuild,
  run,
  exec,
  ps,
  pull,
  push,
  images,
  login,
  logout,
  version,
  info,
  history,
  inspect,
  logs,
  rm,
  rmi,
  start,
  stop,
  tag,
  imagePrune,
  systemDf,
];

/** Late registration, for commands whose module lands separately (the builder's build). */
export function registerCommand(module: CommandModule): void {
  if (!MODULES.includes(module)) MODULES.push(module);
  byName = undefined;
}

let byName: Map<string, CommandModule> | undefined;

function index(): Map<string, CommandModule> {
  if (!byName) {
    byName = new Map();
    for (const m of MODULES) for (const n of m.names) byName.set(n, m);
  }
  return byName;
}

export function findCommand(name: string): CommandModule | undefined {
  return index().get(name);
}

export function commandNames(): readonly string[] {
  return [...index().keys()];
}

export function isRegistered(name: string): boolean {
  return index().has(name);
}

/** The spec as typed: `docker image ls` errors and help name `docker image ls`. */
/**
 * The spec as cobra presents it for what was typed: under a management group the command's
 * own name there (`docker image list` → `docker image ls`), whatever alias was used, for the
 * usage line and for `Run 'docker image ls --help'` in errors.
 */
export function specAs(module: CommandModule, typed: string): CommandSpec {
  if (typed === module.spec.name) return module.spec;
  const space = typed.indexOf(' ');
  const canonical =
    space === -1
      ? typed
      : (module.names.find((n) => n.startsWith(typed.slice(0, space + 1))) ?? typed);
  const sub = canonical.slice(canonical.lastIndexOf(' ') + 1);
  const args = module.spec.use.includes(' ')
    ? module.spec.use.slice(module.spec.use.indexOf(' '))
    : '';
  return { ...module.spec, name: canonical, use: `${sub}${args}` };
}

/** Management commands (`docker image …`) and their subcommand names. */
export const MANAGEMENT: Readonly<Record<string, string>> = {
  builder: 'Manage builds',
  container: 'Manage containers',
  image: 'Manage images',
  system: 'Manage Docker',
};
