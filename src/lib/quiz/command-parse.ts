import { closest } from '../../schemas/error-map';
import { commandSpecs, type CommandSpec, type FlagSpec } from './command-specs';

/**
 * Parses a typed `docker …` command into a normal form, so equivalent spellings compare equal:
 * `-t app` = `--tag app` = `--tag=app` = `-tapp`, `-it` = `-i -t`, flags before or after
 * the context, `docker images` = `docker image ls`.
 *
 * TEMPORARY parser over command-specs.ts with pflag's rules and Docker's error texts; to be
 * replaced by the engine's CLI parser (src/engine/cli/args.ts) once it exports one.
 */
export interface NormalizedCommand {
  /** Canonical command, e.g. `build`, `image ls`. */
  readonly command: string;
  /** What the learner typed for the command, e.g. `images` (for messages). */
  readonly typed: string;
  /** Long flag name → values in order given; booleans are `'true'`. */
  readonly flags: Readonly<Record<string, readonly string[]>>;
  readonly args: readonly string[];
}

export type ParseResult =
  { ok: true; value: NormalizedCommand } | { ok: false; error: string; hint: string };

/** Shell-like word splitting: quotes group, backslash escapes outside single quotes. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

function findSpec(words: readonly string[]): { spec: CommandSpec; length: number } | null {
  let best: { spec: CommandSpec; length: number } | null = null;
  for (const spec of commandSpecs) {
    for (const path of [spec.path, ...(spec.aliases ?? [])]) {
      const matches = path.every((p, i) => words[i] === p);
      if (matches && (!best || path.length > best.length)) best = { spec, length: path.length };
    }
  }
  return best;
}

function commandNames(): string[] {
  return commandSpecs.flatMap((s) => [s.path, ...(s.aliases ?? [])].map((p) => p.join(' ')));
}

export function parseDockerCommand(text: string): ParseResult {
  const words = splitWords(text.trim());
  if (words[0] !== 'docker') {
    return {
      ok: false,
      error: `${words[0] ?? ''}: command not found`,
      hint: 'Start the command with `docker`.',
    };
  }
  const rest = words.slice(1);
  const found = findSpec(rest);
  if (!found) {
    // Docker names only the first word it did not recognise.
    const typed = rest[0] ?? '';
    const guess = closest(typed, [...new Set(commandNames().map((n) => n.split(' ')[0]!))]);
    return {
      ok: false,
      error: `docker: '${rest[0] ?? ''}' is not a docker command.\nSee 'docker --help'`,
      hint: `\`docker ${typed}\` is not a docker command${guess ? `; did you mean \`docker ${guess}\`?` : '.'}`,
    };
  }
  const typed = rest.slice(0, found.length).join(' ');
  return parseFlags(found.spec, typed, rest.slice(found.length));
}

function parseFlags(spec: CommandSpec, typed: string, words: readonly string[]): ParseResult {
  const flags: Record<string, string[]> = {};
  const args: string[] = [];
  const add = (f: FlagSpec, value: string) => (flags[f.name] ??= []).push(value);
  const fail = (error: string, hint: string): ParseResult => ({
    ok: false,
    error: `${error}\nSee 'docker ${typed} --help'.`,
    hint,
  });
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const flagsDone = spec.interspersed === false && args.length > 0;
    if (flagsDone || w === '-' || !w.startsWith('-')) {
      args.push(w);
      continue;
    }
    if (w === '--') {
      args.push(...words.slice(i + 1));
      break;
    }
    if (w.startsWith('--')) {
      const [name, inline] = splitOnce(w.slice(2));
      const f = spec.flags.find((x) => x.name === name);
      if (!f) return fail(`unknown flag: --${name}`, unknownLongHint(spec, typed, name));
      if (!f.value) add(f, inline ?? 'true');
      else if (inline !== undefined) add(f, inline);
      else if (i + 1 < words.length) add(f, words[++i]!);
      else return fail(`flag needs an argument: --${name}`, `\`--${name}\` needs a value.`);
      continue;
    }
    // Shorthand cluster: `-it`, `-tapp`, `-t=app`.
    for (let j = 1; j < w.length; j++) {
      const c = w[j]!;
      const f = spec.flags.find((x) => x.short === c);
      if (!f) {
        return fail(
          `unknown shorthand flag: '${c}' in ${w}`,
          `\`-${c}\` is not a flag of docker ${typed}.`,
        );
      }
      if (!f.value) {
        add(f, 'true');
        continue;
      }
      const tail = w.slice(j + 1).replace(/^=/, '');
      if (tail) add(f, tail);
      else if (i + 1 < words.length) add(f, words[++i]!);
      else return fail(`flag needs an argument: '${c}' in -${c}`, `\`-${c}\` needs a value.`);
      break;
    }
  }
  return { ok: true, value: { command: spec.path.join(' '), typed, flags, args } };
}

function splitOnce(s: string): [string, string | undefined] {
  const i = s.indexOf('=');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

function unknownLongHint(spec: CommandSpec, typed: string, name: string): string {
  const guess = closest(
    name,
    spec.flags.map((f) => f.name),
  );
  return `\`--${name}\` is not a flag of docker ${typed}${guess ? `; did you mean \`--${guess}\`?` : '.'}`;
}
