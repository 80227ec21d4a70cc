import type { QuestionOf } from '../../schemas/quiz';
import { parseDockerCommand, type NormalizedCommand } from './command-parse';
import type { CheckResult } from './types';

/**
 * A typed command is right when it parses to the same command, flags and arguments as one
 * of the accepted answers: flag order, long/short spelling and `=` do not matter.
 */
export function checkCommand(q: QuestionOf<'command'>, text: string): CheckResult {
  if (!text.trim()) {
    return { correct: false, score: 0, feedback: 'Type a command.', hint: 'Start with `docker`.' };
  }
  const typed = parseDockerCommand(text);
  if (!typed.ok) {
    return {
      correct: false,
      score: 0,
      feedback: `Docker would refuse this command:\n${typed.error}`,
      hint: typed.hint,
    };
  }
  const accepted = q.answers.map((a) => {
    const parsed = parseDockerCommand(a);
    // The bank test parses every accepted answer, so this only fires on a broken bank.
    if (!parsed.ok)
      throw new Error(`Question ${q.id}: accepted answer \`${a}\` does not parse: ${parsed.error}`);
    return parsed.value;
  });
  const diffs = accepted.map((a) => differences(typed.value, a));
  const best = diffs.reduce((x, y) => (y.length < x.length ? y : x));
  if (best.length === 0) return { correct: true, score: 1, feedback: `Correct. ${q.explanation}` };
  return {
    correct: false,
    score: 0,
    feedback: `Not quite. A correct answer is \`${q.answers[0]}\`. ${q.explanation}`,
    hint: best[0]!,
  };
}

/** Human-readable differences from `want`, most important first; empty when equivalent. */
export function differences(got: NormalizedCommand, want: NormalizedCommand): string[] {
  if (got.command !== want.command) {
    return [`\`docker ${got.typed}\` is a real command, but not the one this task needs.`];
  }
  const out: string[] = [];
  const names = new Set([...Object.keys(got.flags), ...Object.keys(want.flags)]);
  for (const name of names) {
    const g = normalizeValues(name, got.flags[name] ?? []);
    const w = normalizeValues(name, want.flags[name] ?? []);
    if (g.join('\0') === w.join('\0')) continue;
    if (!g.length) out.push(`Missing: a \`--${name}\` flag.`);
    else if (!w.length) out.push(`\`--${name}\` is not needed here.`);
    else out.push(`Check the value of \`--${name}\` (you gave \`${g.join(', ')}\`).`);
  }
  if (got.args.join('\0') !== want.args.join('\0')) {
    if (got.args.length < want.args.length) {
      out.push(
        `Missing argument: \`docker ${got.typed}\` needs ${want.args.length} here (you gave ${got.args.length}).`,
      );
    } else if (got.args.length > want.args.length) {
      out.push(`Too many arguments: \`${got.args.slice(want.args.length).join(' ')}\` is extra.`);
    } else {
      const i = got.args.findIndex((a, k) => a !== want.args[k]);
      out.push(`Check argument ${i + 1} (\`${got.args[i]}\`).`);
    }
  }
  return out;
}

/** `app` and `app:latest` name the same image; repeated flags compare as a set. */
function normalizeValues(name: string, values: readonly string[]): string[] {
  const norm = name === 'tag' ? values.map(withDefaultTag) : [...values];
  return norm.sort();
}

function withDefaultTag(ref: string): string {
  const lastPart = ref.slice(ref.lastIndexOf('/') + 1);
  return lastPart.includes(':') || ref.includes('@') ? ref : `${ref}:latest`;
}
