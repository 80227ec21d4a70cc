/**
 * The exact texts docker prints for flag and argument errors.
 *
 * The ground truth is silent on these (it only pins `Run 'docker run --help' for more
 * information` for runtime errors, §2.12), so every text here is taken from docker/cli and
 * spf13/pflag source read for this work:
 * - flag errors: docker/cli `cli/cobra.go` `FlagErrorFunc` (CLI ≥ 28):
 *   `<err>\n\nUsage:  <use line>\n\nRun '<path> --help' for more information`, exit 125;
 *   CLI 27: `<err>\nSee '<path> --help'.`, exit 125.
 * - argument counts: docker/cli `cli/required.go` (CLI ≥ 28 and the CLI 27 form).
 * - the first line of a flag error: pflag `flag.go` (`unknown flag: --%s`, …).
 * uncertain: exit code 1 for argument-count errors (they are plain errors in docker's main,
 * not StatusErrors), and "Run" where one docker/cli commit has the typo "SRun" (max args).
 */
import type { CliEra, CommandSpec } from './spec';
import { commandPath, useLine } from './spec';

export const FLAG_ERROR_EXIT = 125;
export const ARG_ERROR_EXIT = 1;

/** Wrap pflag's one-line error the way docker's FlagErrorFunc does. */
export function flagErrorText(spec: CommandSpec, reason: string, era: CliEra): string {
  const path = commandPath(spec);
  if (era === 'legacy') return `${reason}\nSee '${path} --help'.`;
  return `${reason}\n\nUsage:  ${useLine(spec)}\n\nRun '${path} --help' for more information`;
}

function plural(n: number): string {
  return n === 1 ? 'argument' : 'arguments';
}

export type ArgRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'min'; readonly n: number }
  | { readonly kind: 'max'; readonly n: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

/** The text docker/cli's `cli.NoArgs`, `ExactArgs`, `RequiresMinArgs`… return. */
export function argErrorText(spec: CommandSpec, rule: ArgRule, era: CliEra): string {
  const path = commandPath(spec);
  const use = useLine(spec);
  const bin = path.split(' ')[0]!;
  const prefix = spec.errorPrefix ?? '';
  if (era === 'legacy') {
    const what =
      rule.kind === 'none'
        ? 'accepts no arguments'
        : rule.kind === 'exact'
          ? `requires exactly ${rule.n} ${plural(rule.n)}`
          : rule.kind === 'min'
            ? `requires at least ${rule.n} ${plural(rule.n)}`
            : rule.kind === 'max'
              ? `requires at most ${rule.n} ${plural(rule.n)}`
              : `requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}`;
    return `${prefix}"${path}" ${what}.\nSee '${path} --help'.\n\nUsage:  ${use}\n\n${spec.description}`;
  }
  const head = `${prefix}${bin}: '${path}'`;
  const tail = (verb: 'Run' | 'See') =>
    `\n\nUsage:  ${use}\n\n${verb} '${path} --help' for more information`;
  switch (rule.kind) {
    case 'none':
      return `${head} accepts no arguments${tail('Run')}`;
    case 'exact':
      return `${head} requires ${rule.n} ${plural(rule.n)}${tail('Run')}`;
    case 'min':
      // docker/cli really says "See" here and "Run" everywhere else.
      return `${head} requires at least ${rule.n} ${plural(rule.n)}${tail('See')}`;
    case 'max':
      return `${head} requires at most ${rule.n} ${plural(rule.n)}${tail('Run')}`;
    case 'range':
      return `${head} requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}${tail('Run')}`;
  }
}
