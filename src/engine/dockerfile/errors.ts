import { EngineError } from '../errors';

/**
 * Any failure to turn Dockerfile text into instructions. `message` is exactly BuildKit's:
 * parser-level errors (`file with no instructions`, `unterminated heredoc`, JSON arrays
 * of non-strings, directives, line length) are bare, as `parser.Parse` returns them;
 * instruction-level errors are wrapped `dockerfile parse error on line N: <inner>`, as
 * `instructions.Parse` wraps them (ground truth §1.5).
 */
export class DockerfileParseError extends EngineError {
  readonly code = 'DOCKERFILE_PARSE';
  /** The text without the `dockerfile parse error on line N: ` wrapper. */
  readonly inner: string;
  /** 1-based inclusive lines of the offending instruction or line (0 when not tied to one). */
  readonly startLine: number;
  readonly endLine: number;

  constructor(
    inner: string,
    options: { startLine: number; endLine?: number; wrapped?: boolean; hint?: string },
  ) {
    const { startLine, endLine = startLine, wrapped = false } = options;
    const message = wrapped ? `dockerfile parse error on line ${startLine}: ${inner}` : inner;
    super(message, {
      hint: options.hint ?? hintFor(inner),
      data: { inner, startLine, endLine, wrapped },
    });
    this.inner = inner;
    this.startLine = startLine;
    this.endLine = endLine;
  }
}

/** Stagecraft's explanation for learners; never printed as if Docker said it. */
function hintFor(inner: string): string {
  if (inner.startsWith('unknown instruction:')) {
    return 'Each Dockerfile line starts with an instruction such as FROM, RUN or COPY. Check the spelling, or whether a previous line is missing its trailing backslash.';
  }
  if (inner === 'file with no instructions') {
    return 'A Dockerfile needs at least one instruction; most start with FROM.';
  }
  if (inner === 'unterminated heredoc') {
    return 'A heredoc (<<EOF) ends at a line that contains only its terminator word, e.g. EOF.';
  }
  if (inner.startsWith('when using JSON array syntax')) {
    return 'In the exec form every element must be a quoted string: ["npm", "start"].';
  }
  if (inner.includes('requires') && inner.includes('argument')) {
    return 'This instruction is missing arguments; see its reference page for the expected form.';
  }
  if (inner.startsWith('unknown flag:')) {
    return 'This instruction does not accept that --flag; check the spelling and the instruction reference.';
  }
  return '';
}
