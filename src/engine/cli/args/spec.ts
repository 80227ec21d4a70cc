/**
 * How a docker subcommand declares its flags and arguments, as data. The shared parser
 * (./parse.ts) and the help renderer (../help.ts) both read this; commands never parse argv.
 * Modelled on spf13/pflag + cobra as docker/cli uses them.
 */

/**
 * pflag value types docker uses. `list` is docker's `opts.ListOpts` (repeatable, shown as
 * `list`), `stringArray` is pflag's (repeatable, shown as `stringArray`), `map` is
 * `opts.MapOpts` (`key=value`, repeatable). `duration` values are milliseconds.
 */
export type FlagType = 'string' | 'stringArray' | 'bool' | 'int' | 'duration' | 'list' | 'map';

export type FlagValue =
  string | boolean | number | readonly string[] | Readonly<Record<string, string>>;

export interface FlagSpec {
  /** Long name without dashes: `tag` for `--tag`. */
  readonly long: string;
  /** One-character shorthand without the dash: `t` for `-t`. */
  readonly short?: string;
  readonly type: FlagType;
  /** Default value; omitted means the type's zero value. */
  readonly default?: FlagValue;
  /** One-line help text. A word in `backquotes` becomes the value name in --help, as in pflag. */
  readonly usage: string;
  /** Overrides the value name shown in --help (otherwise from backquotes or the type). */
  readonly valueName?: string;
  /** Hidden flags parse normally but are left out of --help. */
  readonly hidden?: boolean;
  /**
   * A real Docker flag whose effect Stagecraft does not model: it parses (so real command lines
   * work) and the dispatcher prints a note saying it had no effect, instead of pretending.
   */
  readonly notSimulated?: boolean;
}

export interface CommandSpec {
  /** Subcommand name as typed: `build`, `run`, `image ls`. */
  readonly name: string;
  /** The command path docker prints in errors and help; default `docker <name>`. */
  readonly path?: string;
  /** cobra `Use` after the parent path: `run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  readonly use: string;
  /** One-line description (cobra `Short`). */
  readonly description: string;
  /** Full alias list as docker prints it: `docker container run, docker run`. */
  readonly aliases?: readonly string[];
  readonly flags: readonly FlagSpec[];
  /** Positional argument count rules (cobra `Args`). Omit for "any number". */
  readonly args?:
    | { readonly exact: number }
    | { readonly min: number; readonly max?: number }
    | { readonly max: number }
    | { readonly none: true };
  /**
   * false for commands that stop parsing flags at the first positional (the image):
   * `docker run`, `create`, `exec`. Default true, as in pflag.
   */
  readonly interspersed?: boolean;
  /**
   * Prefix for non-flag errors printed by a plugin's own main: buildx prints `ERROR: <err>`,
   * so `docker build` with no PATH shows `ERROR: docker: 'docker buildx build' requires 1
   * argument`. // uncertain: derived from buildx's main, not captured.
   */
  readonly errorPrefix?: string;
}

/** Which docker/cli generation's error wording to use. */
export type CliEra = 'modern' | 'legacy';

export interface ParseOptions {
  /** `modern` = docker/cli ≥ 28 (default; Engine 28/29 profiles), `legacy` = CLI 27. */
  readonly era?: CliEra;
}

export function commandPath(spec: CommandSpec): string {
  return spec.path ?? `docker ${spec.name}`;
}

/** cobra `UseLine()` with flags disabled in the use line, as docker configures it. */
export function useLine(spec: CommandSpec): string {
  const path = commandPath(spec);
  const parent = path.slice(0, path.lastIndexOf(' '));
  return `${parent} ${spec.use}`;
}
