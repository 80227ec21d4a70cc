import type { BuildkitRuleName } from './catalogue';

/** A location as BuildKit's linter receives it: an instruction's line span. */
export interface Span {
  readonly startLine: number;
  readonly endLine: number;
}

/** Raw emissions, before `# check=` filtering. */
export interface Emission {
  readonly rule: BuildkitRuleName;
  readonly message: string;
  readonly span: Span;
}

export type Emit = (rule: BuildkitRuleName, message: string, span: Span) => void;
