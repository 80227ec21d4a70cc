/**
 * The raw syntax tree, shaped like BuildKit's `parser.Node` so the conformance dump
 * (`(run "echo" "hi")`) falls out of it directly. The typed instruction layer
 * (instructions.ts) and the build checks read this; nothing here knows what RUN means.
 */

/** One heredoc attached to a RUN/COPY/ADD line (ground truth §1.6). */
export interface Heredoc {
  /** Terminator word with quotes removed, e.g. `EOF`. */
  readonly name: string;
  /** Body, newlines kept, leading tabs kept (chomping happens later). */
  readonly content: string;
  /** False when the name was quoted (`<<'EOF'`): no variable expansion in the body. */
  readonly expand: boolean;
  /** `<<-`: leading tabs are stripped from the body and the terminator line. */
  readonly chomp: boolean;
  /** `3<<EOF` gives 3; absent digits give 0. */
  readonly fileDescriptor: number;
}

/** One instruction as BuildKit's parser sees it. */
export interface InstructionNode {
  /** Lower-cased keyword: `from`, `run`, `onbuild`, or an unknown word such as `foo`. */
  readonly keyword: string;
  /** The keyword as written (`From`, `RUN`), for messages and casing checks. */
  readonly keywordAsWritten: string;
  /** Builder flags as written after the keyword, e.g. `--from=build`. */
  readonly flags: readonly string[];
  /**
   * Arguments exactly as the dump prints them (see ground truth §1.3): ENV/LABEL as
   * (key, value, separator) triplets, unknown keywords as `['']`, and `[]` for ONBUILD,
   * whose trigger is in `next` instead.
   */
  readonly args: readonly string[];
  /** True when the arguments came from a JSON array (exec form). */
  readonly json: boolean;
  /** The logical line after continuation joining, keyword included. */
  readonly original: string;
  /** For ONBUILD: the nested trigger instruction (same line span; its heredocs stay on this node). */
  readonly next?: InstructionNode;
  readonly heredocs: readonly Heredoc[];
  /** Comment lines directly above (no blank line between), `#` stripped. */
  readonly precedingComments: readonly string[];
  /** 1-based, inclusive; continuation and heredoc lines included. */
  readonly startLine: number;
  readonly endLine: number;
}

export interface ParserDirectives {
  /** `# syntax=` value, if present. */
  readonly syntax?: string;
  /** The escape token in force: `\` by default or a backtick. */
  readonly escapeToken: '\\' | '`';
  /** Raw `# check=` value, if present (e.g. `skip=JSONArgsRecommended;error=true`). */
  readonly check?: string;
}

/** A non-fatal parser finding, such as an empty continuation line. */
export interface ParserWarning {
  readonly rule: string;
  readonly message: string;
  readonly detail: string;
  readonly url: string;
  readonly line: number;
}

export interface DockerfileAst {
  readonly children: readonly InstructionNode[];
  readonly directives: ParserDirectives;
  readonly warnings: readonly ParserWarning[];
  /** Span of all instructions, 1-based inclusive (0 when there are none). */
  readonly startLine: number;
  readonly endLine: number;
}
