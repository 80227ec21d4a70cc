/**
 * The shared docker CLI argument layer: command specs as data, one pflag/cobra-faithful parser,
 * a canonical form for comparing commands, and bash-like splitting of a typed line.
 *
 *   const words = splitCommandLine('docker build -t app .', env);   // string[] | ShellSyntaxError
 *   const parsed = parseArgs(buildSpec, words.slice(2));            // ParsedCommand | FlagParseError
 *
 * Errors are returned, never thrown; each is an EngineError whose `message` is everything
 * docker prints on stderr and whose `exitCode` is docker's.
 */
export type { CliEra, CommandSpec, FlagSpec, FlagType, FlagValue, ParseOptions } from './args/spec';
export { commandPath, useLine } from './args/spec';
export { parseArgs, type ParsedCommand } from './args/parse';
export {
  normalizeCommand,
  normalizeParsed,
  sameCommand,
  type NormalizedCommand,
} from './args/normalize';
export { splitCommandLine, tokenizeCommandLine, type ShellToken } from './args/split-command-line';
export {
  CliArgumentCountError,
  CliBadFlagSyntaxError,
  CliFlagNeedsArgumentError,
  CliInvalidFlagValueError,
  CliUnknownFlagError,
  CliUnknownShorthandFlagError,
  ShellSyntaxError,
  type FlagParseError,
} from './args/errors';
export { formatGoDuration, parseGoDuration } from './args/go-parse';
