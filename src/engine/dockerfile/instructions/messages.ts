/**
 * BuildKit's instruction-level error texts (ground truth §1.5), raised as
 * InstructionError and wrapped `dockerfile parse error on line N:` by parseInstruction.
 */
export class InstructionError extends Error {}

export function atLeastOneArgument(command: string): InstructionError {
  return new InstructionError(`${command} requires at least one argument`);
}

export function exactlyOneArgument(command: string): InstructionError {
  return new InstructionError(`${command} requires exactly one argument`);
}

export function noDestinationArgument(command: string): InstructionError {
  return new InstructionError(
    `${command} requires at least two arguments, but only one was provided. Destination could not be determined`,
  );
}

// uncertain: the following texts come from BuildKit's instructions/parse.go, not from the
// ground truth file.
export function blankNames(command: string): InstructionError {
  return new InstructionError(`${command} names can not be blank`);
}

export function notJson(command: string): InstructionError {
  return new InstructionError(`${command} requires the arguments to be in JSON form`);
}

export function badHeredoc(command: string, what: string): InstructionError {
  return new InstructionError(`${command} cannot accept a heredoc as ${what}`);
}

/** BuildKit `handleJSONArgs`: exec form as is, shell form joined into one string. */
export function handleJsonArgs(args: readonly string[], json: boolean): string[] {
  if (args.length === 0) return [];
  if (json) return [...args];
  return [args.join(' ')];
}
