/**
 * A canonical form of a parsed command, so two spellings of the same command compare equal:
 * `docker build -t app .` and `docker build . -t app`, `--rm` and `--rm=true`, `-tapp` and
 * `--tag=app`. General purpose: the quiz uses it to check typed commands, lessons can use it
 * to recognise a step's expected command.
 *
 * - `flags` holds only flags given on the command line whose value differs from the default,
 *   keyed by long name (so `--rm=false` equals leaving `--rm` out).
 * - Repeated flags keep their order (`-t a -t b` differs from `-t b -t a`), as docker does.
 * - `positionals` keep their order.
 */
import { isEngineError } from '../../errors';
import type { FlagParseError } from './errors';
import { parseArgs, type ParsedCommand } from './parse';
import type { CommandSpec, FlagValue, ParseOptions } from './spec';
import { defaultValue } from './values';

export interface NormalizedCommand {
  readonly command: string;
  readonly flags: Readonly<Record<string, FlagValue>>;
  readonly positionals: readonly string[];
}

function same(a: FlagValue | undefined, b: FlagValue | undefined): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: FlagValue | undefined): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const rec = v as Record<string, string>;
    return Object.keys(rec)
      .sort()
      .map((k) => [k, rec[k]]);
  }
  return v;
}

export function normalizeParsed(spec: CommandSpec, parsed: ParsedCommand): NormalizedCommand {
  const flags: Record<string, FlagValue> = {};
  for (const name of [...parsed.changed].sort()) {
    const decl = spec.flags.find((f) => f.long === name);
    const value = parsed.values[name];
    if (decl && value !== undefined && !same(value, defaultValue(decl))) flags[name] = value;
  }
  return { command: spec.name, flags, positionals: parsed.positionals };
}

/** Parse `argv` (arguments after the subcommand) and normalise it, or return the parse error. */
export function normalizeCommand(
  spec: CommandSpec,
  argv: readonly string[],
  options?: ParseOptions,
): NormalizedCommand | FlagParseError {
  const parsed = parseArgs(spec, argv, options);
  return isEngineError(parsed) ? parsed : normalizeParsed(spec, parsed);
}

/** Deep equality of two normalised commands. */
export function sameCommand(a: NormalizedCommand, b: NormalizedCommand): boolean {
  if (a.command !== b.command) return false;
  if (JSON.stringify(a.positionals) !== JSON.stringify(b.positionals)) return false;
  const ka = Object.keys(a.flags).sort();
  const kb = Object.keys(b.flags).sort();
  if (JSON.stringify(ka) !== JSON.stringify(kb)) return false;
  return ka.every((k) => same(a.flags[k], b.flags[k]));
}
