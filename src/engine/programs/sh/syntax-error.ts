import { EngineError } from '../../errors/engine-error';

/**
 * A shell syntax error. The interpreter prints it in the dialect of the image's /bin/sh:
 * dash `sh: 1: Syntax error: "&&" unexpected`, busybox `sh: syntax error: unexpected "&&"`.
 */
export type SyntaxProblem =
  | { readonly kind: 'unexpected'; readonly token: string; readonly expecting?: string }
  | { readonly kind: 'eof'; readonly expecting?: string }
  | { readonly kind: 'unterminated-quote' }
  | { readonly kind: 'missing-brace' }
  | { readonly kind: 'bad-substitution'; readonly text: string };

export class ShellSyntaxError extends EngineError {
  readonly code = 'SH_SYNTAX';
  constructor(
    readonly problem: SyntaxProblem,
    readonly line: number,
  ) {
    super(dashSyntaxText(problem), {
      exitCode: 2,
      hint: 'The shell could not parse this command line; check quotes, && and if/fi pairs.',
    });
  }
}

/** dash's wording (parser.c synexpect/synerror). */
export function dashSyntaxText(p: SyntaxProblem): string {
  switch (p.kind) {
    case 'unexpected':
      return `Syntax error: "${p.token}" unexpected${p.expecting ? ` (expecting "${p.expecting}")` : ''}`;
    case 'eof':
      return `Syntax error: end of file unexpected${p.expecting ? ` (expecting "${p.expecting}")` : ''}`;
    case 'unterminated-quote':
      return 'Syntax error: Unterminated quoted string';
    case 'missing-brace':
      return "Syntax error: Missing '}'";
    case 'bad-substitution':
      return `${p.text}: Bad substitution`;
  }
}

/** busybox ash's wording. uncertain: ash phrases a few of these differently across versions. */
export function ashSyntaxText(p: SyntaxProblem): string {
  switch (p.kind) {
    case 'unexpected':
      return `syntax error: unexpected "${p.token}"${p.expecting ? ` (expecting "${p.expecting}")` : ''}`;
    case 'eof':
      return `syntax error: unexpected end of file${p.expecting ? ` (expecting "${p.expecting}")` : ''}`;
    case 'unterminated-quote':
      return 'syntax error: unterminated quoted string';
    case 'missing-brace':
      return "syntax error: missing '}'";
    case 'bad-substitution':
      return `syntax error: bad substitution`;
  }
}
