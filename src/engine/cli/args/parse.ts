/**
 * The one flag parser every simulated docker subcommand uses: spf13/pflag's `parseArgs`,
 * `parseLongArg` and `parseSingleShortArg` step for step, then cobra's argument-count check.
 * It returns a result or an EngineError and never throws, whatever argv holds.
 */
import {
  CliArgumentCountError,
  CliBadFlagSyntaxError,
  CliFlagNeedsArgumentError,
  CliInvalidFlagValueError,
  CliUnknownFlagError,
  CliUnknownShorthandFlagError,
  type FlagParseError,
} from './errors';
import { goQuote, goQuoteRune } from '../../format/go-quote';
import {
  ARG_ERROR_EXIT,
  FLAG_ERROR_EXIT,
  argErrorText,
  flagErrorText,
  type ArgRule,
} from './messages';
import {
  commandPath,
  type CommandSpec,
  type FlagSpec,
  type FlagValue,
  type ParseOptions,
} from './spec';
import { closest } from './suggest';
import { defaultValue, setValue } from './values';
import { argCountHint, invalidValueHint, needsArgumentHint, unknownFlagHint } from './hints';

export interface ParsedCommand {
  /** The spec's name, e.g. `build`. */
  readonly command: string;
  /** Every declared flag by long name: the parsed value, or its default. */
  readonly values: Readonly<Record<string, FlagValue>>;
  /** Long names of the flags given on the command line, in first-seen order. */
  readonly changed: readonly string[];
  readonly positionals: readonly string[];
  /** Number of positionals before a `--`, or -1 when there was none (pflag ArgsLenAtDash). */
  readonly argsLenAtDash: number;
  /** `--help` (or `-h` where the command has no `-h` of its own) was given. */
  readonly help: boolean;
  /** Lines pflag prints to stderr while parsing (deprecation notices). */
  readonly notices: readonly string[];
}

const HELP: FlagSpec = { long: 'help', type: 'bool', usage: 'Print usage', hidden: true };

export function parseArgs(
  spec: CommandSpec,
  argv: readonly string[],
  options: ParseOptions = {},
): ParsedCommand | FlagParseError {
  const era = options.era ?? 'modern';
  const byLong = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  for (const f of spec.flags) {
    byLong.set(f.long, f);
    if (f.short) byShort.set(f.short, f);
  }
  if (!byLong.has('help')) byLong.set('help', HELP);
  // docker's root marks `-h` as a deprecated shorthand of --help; a command's own -h wins.
  const helpShorthand = !byShort.has('h');

  const values: Record<string, FlagValue> = {};
  for (const f of byLong.values()) values[f.long] = defaultValue(f);
  const changed: string[] = [];
  const positionals: string[] = [];
  const notices: string[] = [];
  let argsLenAtDash = -1;

  const fail = (
    Kind: new (
      m: string,
      o: ConstructorParameters<typeof CliUnknownFlagError>[1],
    ) => FlagParseError,
    reason: string,
    hint: string,
    data: Record<string, unknown> = {},
  ): FlagParseError =>
    new Kind(flagErrorText(spec, reason, era), {
      hint,
      exitCode: FLAG_ERROR_EXIT,
      data: { ...data, reason, command: commandPath(spec) },
    });

  const set = (flag: FlagSpec, text: string): FlagParseError | undefined => {
    const was = changed.includes(flag.long);
    const r = setValue(flag, values[flag.long]!, text, was);
    if ('error' in r) {
      const name = flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`;
      const reason = `invalid argument ${goQuote(text)} for ${goQuote(name)} flag: ${r.error}`;
      return fail(CliInvalidFlagValueError, reason, invalidValueHint(spec, flag), {
        flag: flag.long,
        value: text,
      });
    }
    values[flag.long] = r.value;
    if (!was) changed.push(flag.long);
    return undefined;
  };

  let i = 0;
  while (i < argv.length) {
    const s = argv[i++]!;
    if (s.length < 2 || s[0] !== '-') {
      positionals.push(s);
      if (spec.interspersed === false) {
        positionals.push(...argv.slice(i));
        break;
      }
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        argsLenAtDash = positionals.length;
        positionals.push(...argv.slice(i));
        break;
      }
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') {
        return fail(CliBadFlagSyntaxError, `bad flag syntax: ${s}`, unknownFlagHint(spec, s));
      }
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const flag = byLong.get(name);
      if (!flag) {
        const guess = closest(
          name,
          [...byLong.keys()].filter((n) => n !== 'help'),
        );
        return fail(
          CliUnknownFlagError,
          `unknown flag: --${name}`,
          unknownFlagHint(spec, `--${name}`, guess),
          {
            flag: name,
            suggestion: guess,
          },
        );
      }
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (flag.type === 'bool') value = 'true';
      else if (i < argv.length) value = argv[i++]!;
      else {
        return fail(
          CliFlagNeedsArgumentError,
          `flag needs an argument: ${s}`,
          needsArgumentHint(spec, flag),
          {
            flag: name,
          },
        );
      }
      const err = set(flag, value);
      if (err) return err;
      continue;
    }
    // A run of shorthands: -it, -itd, -tmyapp, -t=myapp.
    let rest = s.slice(1);
    let consumed = false;
    while (rest.length > 0) {
      const c = String.fromCodePoint(rest.codePointAt(0)!);
      const after = rest.slice(c.length);
      let flag = byShort.get(c);
      if (!flag && c === 'h' && helpShorthand) {
        notices.push('Flag shorthand -h has been deprecated, use --help');
        flag = HELP;
      }
      if (!flag) {
        // pflag quotes the first byte widened to a rune; for any non-ASCII lead byte newer
        // pflag ends up printing 'Ã'. // uncertain: older pflag printed the lead byte's Latin-1.
        const shown = c.charCodeAt(0) < 0x80 ? goQuoteRune(c) : "'Ã'";
        const longGuess = byLong.has(rest)
          ? rest
          : closest(
              rest,
              [...byLong.keys()].filter((n) => n !== 'help'),
            );
        return fail(
          CliUnknownShorthandFlagError,
          `unknown shorthand flag: ${shown} in -${rest}`,
          unknownFlagHint(spec, `-${c}`, longGuess, s),
          { flag: c, suggestion: longGuess },
        );
      }
      let value: string;
      let next = after;
      if (after.length > 1 && after[0] === '=') {
        value = after.slice(1);
        next = '';
      } else if (flag.type === 'bool') value = 'true';
      else if (after.length > 0) {
        value = after;
        next = '';
      } else if (!consumed && i < argv.length) {
        value = argv[i++]!;
        consumed = true;
      } else {
        return fail(
          CliFlagNeedsArgumentError,
          `flag needs an argument: ${goQuoteRune(c)} in -${rest}`,
          needsArgumentHint(spec, flag),
          { flag: flag.long },
        );
      }
      const err = set(flag, value);
      if (err) return err;
      rest = next;
    }
  }

  const help = values.help === true;
  const helpDeclared = spec.flags.some((f) => f.long === 'help');
  if (!helpDeclared) delete values.help;
  const result: ParsedCommand = {
    command: spec.name,
    values,
    changed: helpDeclared ? changed : changed.filter((n) => n !== 'help'),
    positionals,
    argsLenAtDash,
    help,
    notices,
  };
  if (help) return result;
  const rule = argRule(spec, positionals.length);
  if (rule) {
    return new CliArgumentCountError(argErrorText(spec, rule, era), {
      hint: argCountHint(spec, rule, positionals.length),
      exitCode: ARG_ERROR_EXIT,
      data: { command: commandPath(spec), given: positionals.length },
    });
  }
  return result;
}

/** The violated cobra Args rule, if any. */
function argRule(spec: CommandSpec, n: number): ArgRule | undefined {
  const a = spec.args;
  if (!a) return undefined;
  if ('none' in a) return n === 0 ? undefined : { kind: 'none' };
  if ('exact' in a) return n === a.exact ? undefined : { kind: 'exact', n: a.exact };
  if ('min' in a && a.max !== undefined) {
    return n >= a.min && n <= a.max ? undefined : { kind: 'range', min: a.min, max: a.max };
  }
  if ('min' in a) return n >= a.min ? undefined : { kind: 'min', n: a.min };
  return n <= a.max ? undefined : { kind: 'max', n: a.max };
}
