/** The shell's syntax tree: what the parser builds and the interpreter walks. */

/** One piece of a word. `q` marks quoted text: it is not field-split or globbed. */
export type WordPart =
  | { readonly k: 'lit'; readonly s: string; readonly q: boolean }
  | {
      readonly k: 'param';
      readonly name: string;
      /** `${x:-y}` style operator, or `length` for `${#x}`. */
      readonly op?: string;
      readonly arg?: readonly WordPart[];
      readonly q: boolean;
    }
  | { readonly k: 'cmdsub'; readonly src: string; readonly q: boolean }
  | { readonly k: 'arith'; readonly src: string; readonly q: boolean };

export interface Word {
  readonly parts: readonly WordPart[];
  /** The word as written, for reserved-word checks and messages. */
  readonly raw: string;
}

export interface Redirect {
  readonly fd: number;
  readonly op: '<' | '>' | '>>' | '>|' | '<>' | '>&' | '<&' | '<<' | '<<-';
  readonly target: Word;
  /** For heredocs: filled in when the body lines are read. */
  heredoc?: { body: string; expand: boolean };
}

export interface Assignment {
  readonly name: string;
  readonly value: Word;
}

export interface SimpleCommand {
  readonly type: 'simple';
  readonly assigns: readonly Assignment[];
  readonly words: readonly Word[];
  readonly redirs: readonly Redirect[];
  readonly line: number;
}

export interface Compound {
  readonly type: 'subshell' | 'group';
  readonly body: List;
  readonly redirs: readonly Redirect[];
  readonly line: number;
}

export interface IfCommand {
  readonly type: 'if';
  readonly clauses: readonly { readonly cond: List; readonly body: List }[];
  readonly elseBody?: List;
  readonly redirs: readonly Redirect[];
  readonly line: number;
}

export interface ForCommand {
  readonly type: 'for';
  readonly name: string;
  /** `undefined` means `for x; do` (iterate "$@"). */
  readonly items?: readonly Word[];
  readonly body: List;
  readonly redirs: readonly Redirect[];
  readonly line: number;
}

export type Command = SimpleCommand | Compound | IfCommand | ForCommand;

export interface Pipeline {
  readonly negate: boolean;
  readonly commands: readonly Command[];
}

export interface AndOr {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly pipeline: Pipeline }[];
  /** Ended with `&`: dash would run it in the background; here it runs to completion. */
  readonly background: boolean;
}

export type List = readonly AndOr[];
