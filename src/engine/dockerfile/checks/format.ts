import { formatExcerpt } from '../../format/dockerfile-excerpt';
import type { Finding } from './types';

/**
 * How buildx prints build-check results (ground truth §3.2). Pure: the CLI decides where
 * each block goes (warnings and the ERROR line on stderr, `--check` results on stdout).
 */

export interface FormatOptions {
  /** The Dockerfile text, for excerpts. */
  readonly source?: string;
  readonly fileName?: string;
}

/** `<Rule>: <message> (line <n>)`: the TTY job line text and the summary bullet. */
export function shortForm(f: Finding): string {
  return f.line > 0 ? `${f.rule}: ${f.message} (line ${f.line})` : `${f.rule}: ${f.message}`;
}

/** ` => WARN: <Rule>: <message> (line <n>)` shown among the progress lines. */
export function progressWarnLine(f: Finding): string {
  return ` => WARN: ${shortForm(f)}`;
}

const sortByLine = (findings: readonly Finding[]) => [...findings].sort((a, b) => a.line - b.line);

/**
 * The block printed after a build. `debug` is `docker --debug build`: no bracket hint and,
 * per warning, the description, `More info:` and the excerpt. `hint` is the bracket text;
 * older buildx printed `(use --debug to expand)`.
 */
export function formatBuildWarnings(
  findings: readonly Finding[],
  options: FormatOptions & { readonly debug?: boolean; readonly hint?: string } = {},
): string[] {
  if (findings.length === 0) return [];
  const n = findings.length;
  const count = `${n} warning${n === 1 ? '' : 's'} found`;
  const hint = options.hint ?? '(use docker --debug to expand)';
  const out = ['', options.debug ? ` ${count}:` : ` ${count} ${hint}:`];
  // uncertain: buildx's order for this list; the ground truth shows only single warnings.
  // Sorting by line matches the --check output.
  for (const f of sortByLine(findings)) {
    out.push(` - ${shortForm(f)}`);
    if (!options.debug) continue;
    out.push(f.description);
    if (f.url) out.push(`More info: ${f.url}`);
    if (options.source !== undefined)
      out.push(...formatExcerpt(options.source, f, options.fileName));
    out.push('');
  }
  return out;
}

/** `docker build --check`: the stdout text and the exit status. */
export function formatCheckOutput(
  findings: readonly Finding[],
  options: FormatOptions = {},
): { readonly lines: string[]; readonly exitCode: number } {
  if (findings.length === 0) return { lines: ['Check complete, no warnings found.'], exitCode: 0 };
  const n = findings.length;
  const lines = [
    n === 1
      ? 'Check complete, 1 warning has been found!'
      : `Check complete, ${n} warnings have been found!`,
  ];
  for (const f of sortByLine(findings)) {
    // uncertain: a rule without a URL (InvalidBaseImagePlatform) printing without " - <url>".
    lines.push('', f.url ? `WARNING: ${f.rule} - ${f.url}` : `WARNING: ${f.rule}`, f.message);
    if (options.source !== undefined)
      lines.push(...formatExcerpt(options.source, f, options.fileName));
  }
  // uncertain: the exact non-zero status; buildx returns an error, which exits 1.
  return { lines, exitCode: 1 };
}

/**
 * A regular build under `# check=error=true` with violations: the warnings block, the
 * excerpt of the directive line, then `ERROR: lint violation found for rules: …` (exit 1).
 * uncertain: real buildx may print `ERROR: failed to solve: lint violation …` (with
 * `failed to build: ` on buildx ≥ 0.25); pass `errorPrefix` for that form.
 */
export function formatLintFailure(
  findings: readonly Finding[],
  errorMessage: string,
  options: FormatOptions & {
    readonly hint?: string;
    readonly errorPrefix?: string;
    readonly directiveLine?: number;
  } = {},
): { readonly lines: string[]; readonly exitCode: number } {
  const lines = formatBuildWarnings(findings, options).slice(1);
  if (options.source !== undefined) {
    lines.push(
      ...formatExcerpt(options.source, { line: options.directiveLine ?? 1 }, options.fileName),
    );
  }
  lines.push(`ERROR: ${options.errorPrefix ?? ''}${errorMessage}`);
  return { lines, exitCode: 1 };
}
