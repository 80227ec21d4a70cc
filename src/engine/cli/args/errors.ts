/**
 * Errors of the flag parser and the command-line splitter. `message` is the whole text docker
 * prints on stderr (several lines for usage errors, no trailing newline); `data.reason` is the
 * first line, pflag's own error. See ./messages.ts for where every text comes from.
 */
import { EngineError } from '../../errors';

type Options = ConstructorParameters<typeof EngineError>[1];

export class CliUnknownFlagError extends EngineError {
  readonly code = 'CLI_UNKNOWN_FLAG';
  constructor(message: string, options: Options) {
    super(message, options);
  }
}

export class CliUnknownShorthandFlagError extends EngineError {
  readonly code = 'CLI_UNKNOWN_SHORTHAND_FLAG';
  constructor(message: string, options: Options) {
    super(message, options);
  }
}

export class CliFlagNeedsArgumentError extends EngineError {
  readonly code = 'CLI_FLAG_NEEDS_ARGUMENT';
  constructor(message: string, options: Options) {
    super(message, options);
  }
}

export class CliInvalidFlagValueError extends EngineError {
  readonly code = 'CLI_INVALID_FLAG_VALUE';
  constructor(message: string, options: Options) {
    super(message, options);
  }
}

export class CliBadFlagSyntaxError extends EngineError {
  readonly code = 'CLI_BAD_FLAG_SYNTAX';
  constructor(message: string, options: Options) {
    super(message, options);
  }
}

export class CliArgumentCountError extends EngineError {
  readonly code = 'CLI_ARGUMENT_COUNT';
  constructor(message: string, options: Options) {
    super(message, options);
  }
}

/** From splitCommandLine: an unterminated quote or `${`. */
export class ShellSyntaxError extends EngineError {
  readonly code = 'SHELL_SYNTAX_ERROR';
  constructor(message: string, options: Options) {
    super(message, options);
  }
}

export type FlagParseError =
  | CliUnknownFlagError
  | CliUnknownShorthandFlagError
  | CliFlagNeedsArgumentError
  | CliInvalidFlagValueError
  | CliBadFlagSyntaxError
  | CliArgumentCountError;
