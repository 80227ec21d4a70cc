/**
 * Problems for the editor as the learner types: the parse error `docker build` would stop
 * at, then BuildKit's build checks and Stagecraft's own advice. Each problem carries its
 * line range as text offsets, so the editor view only has to hand them to CodeMirror.
 */
import {
  parseDockerfileFull,
  resolveImage,
  runChecks,
  type BaseImageFacts,
  type Finding,
} from '../../engine/index';

export interface Problem {
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly severity: 'error' | 'warning';
  /** `JSONArgsRecommended`, `stagecraft/unused-stage`, or `parse` for a syntax error. */
  readonly rule: string;
  readonly message: string;
  /** Where the rule is documented; empty when there is no page. */
  readonly url: string;
  readonly source: 'parse' | 'buildkit' | 'stagecraft';
}

/** What the checks know about a base image, from the simulator's catalog. */
export function catalogFacts(reference: string): BaseImageFacts | undefined {
  const image = resolveImage(reference);
  if (!image) return undefined;
  return {
    hasShell: image.facts.hasShell,
    defaultUser: image.config.User,
    env: image.config.Env,
    ...(image.config.Shell ? { shell: image.config.Shell } : {}),
  };
}

/** Start offset of each 1-based line (index 0 unused). */
function lineStarts(text: string): number[] {
  const starts = [0, 0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Offsets covering lines `start`..`end` (clamped to the text), without the final newline. */
export function lineRange(text: string, start: number, end = start): { from: number; to: number } {
  const starts = lineStarts(text);
  const last = starts.length - 1;
  const a = Math.min(Math.max(start, 1), last);
  const b = Math.min(Math.max(end, a), last);
  const from = starts[a]!;
  const nextStart = b < last ? starts[b + 1]! - 1 : text.length;
  return { from, to: Math.max(from, nextStart) };
}

function fromFinding(text: string, f: Finding): Problem {
  return {
    ...lineRange(text, f.line, f.endLine ?? f.line),
    line: f.line,
    severity: f.level,
    rule: f.rule,
    message: f.message,
    url: f.url,
    source: f.source,
  };
}

function errorProblem(text: string, line: number, message: string): Problem {
  return {
    ...lineRange(text, line),
    line: Math.max(line, 1),
    severity: 'error',
    rule: 'parse',
    message,
    url: 'https://docs.docker.com/reference/dockerfile/',
    source: 'parse',
  };
}

export interface ProblemOptions {
  /** The `.dockerignore` test for CopyIgnoredFile; omit when there is none. */
  readonly isIgnored?: (path: string) => boolean;
}

/** Every problem in a Dockerfile, in line order. Never throws. */
export function dockerfileProblems(text: string, options: ProblemOptions = {}): Problem[] {
  const parsed = parseDockerfileFull(text);
  if (!parsed.ok) return [errorProblem(text, parsed.error.startLine, parsed.error.message)];
  try {
    const report = runChecks(parsed, {
      mode: 'check',
      imageFacts: catalogFacts,
      ...(options.isIgnored ? { isIgnored: options.isIgnored } : {}),
    });
    return [...report.buildkit, ...report.stagecraft]
      .map((f) => fromFinding(text, f))
      .sort((a, b) => a.line - b.line);
  } catch (e) {
    // A malformed `# check=` directive: BuildKit fails the build with it.
    return [errorProblem(text, 1, e instanceof Error ? e.message : String(e))];
  }
}
