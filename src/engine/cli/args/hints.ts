/**
 * Stagecraft's explanations for learners. They are never printed as if Docker said them;
 * the terminal shows them separately from Docker's own text.
 */
import type { ArgRule } from './messages';
import { commandPath, type CommandSpec, type FlagSpec } from './spec';

function flagLabel(flag: FlagSpec): string {
  return flag.short ? `-${flag.short}/--${flag.long}` : `--${flag.long}`;
}

export function unknownFlagHint(
  spec: CommandSpec,
  typed: string,
  suggestion?: string,
  whole?: string,
): string {
  const path = commandPath(spec);
  let hint = `\`${typed}\` is not a flag of \`${path}\`; see \`${path} --help\` for the flags it accepts.`;
  if (whole && suggestion && whole.slice(1) === suggestion) {
    hint += ` Long flags take two dashes: \`--${suggestion}\`.`;
  } else if (suggestion) {
    hint += ` Did you mean \`--${suggestion}\`?`;
  }
  if (spec.interspersed === false) {
    hint += ` Flags for \`${path}\` go before the image name; everything after it is passed to the container.`;
  }
  return hint;
}

const EXAMPLES: Record<string, string> = {
  string: '<value>',
  stringArray: '<value>',
  list: '<value>',
  map: 'key=value',
  int: '<number>',
  duration: '30s',
  bool: 'true',
};

export function needsArgumentHint(spec: CommandSpec, flag: FlagSpec): string {
  const example = EXAMPLES[flag.type] ?? '<value>';
  return `${flagLabel(flag)} needs a value after it, e.g. \`--${flag.long} ${example}\` or \`--${flag.long}=${example}\`. See \`${commandPath(spec)} --help\`.`;
}

export function invalidValueHint(spec: CommandSpec, flag: FlagSpec): string {
  switch (flag.type) {
    case 'bool':
      return `\`--${flag.long}\` is an on/off flag: write \`--${flag.long}\` to turn it on or \`--${flag.long}=false\` to turn it off.`;
    case 'int':
      return `\`--${flag.long}\` expects a whole number, e.g. \`--${flag.long} 10\`.`;
    case 'duration':
      return `\`--${flag.long}\` expects a Go duration with a unit, e.g. \`30s\`, \`1m30s\` or \`500ms\`.`;
    default:
      return `That value is not valid for \`--${flag.long}\`; see \`${commandPath(spec)} --help\`.`;
  }
}

export function argCountHint(spec: CommandSpec, rule: ArgRule, given: number): string {
  const path = commandPath(spec);
  const noun = (n: number) => (n === 1 ? 'argument' : 'arguments');
  const want =
    rule.kind === 'none'
      ? 'takes no arguments'
      : rule.kind === 'exact'
        ? `takes exactly ${rule.n} ${noun(rule.n)}`
        : rule.kind === 'min'
          ? `needs at least ${rule.n} ${noun(rule.n)}`
          : rule.kind === 'max'
            ? `takes at most ${rule.n} ${noun(rule.n)}`
            : `takes ${rule.min} to ${rule.max} arguments`;
  return `\`${path}\` ${want} besides its flags, and got ${given}. The usage line shows what goes where: \`${spec.use}\`.`;
}
