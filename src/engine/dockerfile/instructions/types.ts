import type { Heredoc, InstructionNode } from '../ast';

/**
 * Typed instructions, modelled on BuildKit's `frontend/dockerfile/instructions`.
 * Every value is RAW: quotes, `$VAR` and escapes are exactly as written (the expand
 * module resolves them later). Every instruction keeps its node and 1-based line span.
 */
export interface InstructionBase {
  /** The keyword as written (`RUN`, `From`), for messages and casing checks. */
  readonly keyword: string;
  /** The logical line (continuations joined), keyword included. */
  readonly original: string;
  /** Builder flags as written, e.g. `--from=build`. */
  readonly flags: readonly string[];
  readonly startLine: number;
  readonly endLine: number;
  readonly node: InstructionNode;
}

export interface FromInstruction extends InstructionBase {
  readonly kind: 'FROM';
  /** Image reference as written, e.g. `node:${NODE_VERSION}-alpine` (BuildKit BaseName). */
  readonly image: string;
  /** Stage name lower-cased, as BuildKit stores it; absent without `AS`. */
  readonly stageName?: string;
  /** Stage name as written (for StageNameCasing). */
  readonly stageNameAsWritten?: string;
  /** The `AS` keyword as written (for FromAsCasing). */
  readonly asKeyword?: string;
  /** `--platform` value, raw. */
  readonly platform?: string;
}

/** A heredoc used as a COPY/ADD source: the file's content is the body. */
export interface SourceContent {
  readonly path: string;
  /** Body; with `<<-`, leading tabs already removed (BuildKit ChompHeredocContent). */
  readonly data: string;
  readonly expand: boolean;
}

export interface RunInstruction extends InstructionBase {
  readonly kind: 'RUN';
  /** Exec form (`RUN ["a","b"]`) when true. */
  readonly json: boolean;
  /** BuildKit CmdLine: the exec-form elements, or one element holding the shell command. */
  readonly args: readonly string[];
  /** Shell-form command text (absent in exec form). */
  readonly command?: string;
  /** Raw `--mount` values in order. */
  readonly mounts: readonly string[];
  readonly network?: string;
  readonly security?: string;
  readonly heredocs: readonly Heredoc[];
}

interface CopyLike extends InstructionBase {
  readonly json: boolean;
  /** Source paths (heredoc markers excluded). */
  readonly sources: readonly string[];
  /** Heredoc sources (`COPY <<EOF /dest`). */
  readonly sourceContents: readonly SourceContent[];
  readonly dest: string;
  readonly chown?: string;
  readonly chmod?: string;
  readonly link: boolean;
  readonly exclude: readonly string[];
  readonly heredocs: readonly Heredoc[];
}

export interface CopyInstruction extends CopyLike {
  readonly kind: 'COPY';
  /** `--from` value, raw (a stage name, index or image). */
  readonly from?: string;
  readonly parents: boolean;
}

export interface AddInstruction extends CopyLike {
  readonly kind: 'ADD';
  readonly keepGitDir: boolean;
  readonly checksum?: string;
  /** Absent unless `--unpack` was given. */
  readonly unpack?: boolean;
}

export interface CommandLineInstruction extends InstructionBase {
  readonly kind: 'CMD' | 'ENTRYPOINT';
  readonly json: boolean;
  /** Exec-form elements, or one element holding the shell command (`[]` for `CMD []`). */
  readonly args: readonly string[];
  readonly command?: string;
}

export interface ShellInstruction extends InstructionBase {
  readonly kind: 'SHELL';
  readonly json: true;
  readonly args: readonly string[];
}

export interface KeyValuePair {
  readonly key: string;
  /** Raw value: quotes and escapes kept (`"a b"` stays `"a b"`). */
  readonly value: string;
  /** True for the legacy `ENV key value` form (LegacyKeyValueFormat). */
  readonly legacy: boolean;
}

export interface EnvInstruction extends InstructionBase {
  readonly kind: 'ENV';
  readonly pairs: readonly KeyValuePair[];
}

export interface LabelInstruction extends InstructionBase {
  readonly kind: 'LABEL';
  readonly pairs: readonly KeyValuePair[];
}

export interface ArgDefinition {
  readonly name: string;
  /** Raw default (quotes kept); absent for `ARG NAME`. `ARG NAME=` gives `''`. */
  readonly default?: string;
}

export interface ArgInstruction extends InstructionBase {
  readonly kind: 'ARG';
  readonly args: readonly ArgDefinition[];
}

export interface UserInstruction extends InstructionBase {
  readonly kind: 'USER';
  readonly user: string;
}

export interface WorkdirInstruction extends InstructionBase {
  readonly kind: 'WORKDIR';
  readonly path: string;
}

export interface ExposeInstruction extends InstructionBase {
  readonly kind: 'EXPOSE';
  /** Raw ports, sorted as BuildKit sorts them (string order). */
  readonly ports: readonly string[];
}

export interface VolumeInstruction extends InstructionBase {
  readonly kind: 'VOLUME';
  readonly json: boolean;
  readonly volumes: readonly string[];
}

export interface StopSignalInstruction extends InstructionBase {
  readonly kind: 'STOPSIGNAL';
  readonly signal: string;
}

export interface MaintainerInstruction extends InstructionBase {
  readonly kind: 'MAINTAINER';
  readonly maintainer: string;
}

export interface HealthcheckInstruction extends InstructionBase {
  readonly kind: 'HEALTHCHECK';
  readonly type: 'NONE' | 'CMD';
  readonly json: boolean;
  /** Docker's Test: `['NONE']`, `['CMD', 'a', 'b']` or `['CMD-SHELL', 'curl -f …']`. */
  readonly test: readonly string[];
  /** Durations in milliseconds; absent when the flag was not given or was 0. */
  readonly interval?: number;
  readonly timeout?: number;
  readonly startPeriod?: number;
  readonly startInterval?: number;
  readonly retries?: number;
}

export interface OnbuildInstruction extends InstructionBase {
  readonly kind: 'ONBUILD';
  /** The trigger text stored in the image (`RUN echo hi`), heredoc bodies appended. */
  readonly expression: string;
  /** The parsed trigger; it is only converted and checked when the trigger fires. */
  readonly trigger: InstructionNode;
}

export type Instruction =
  | FromInstruction
  | RunInstruction
  | CopyInstruction
  | AddInstruction
  | CommandLineInstruction
  | ShellInstruction
  | EnvInstruction
  | LabelInstruction
  | ArgInstruction
  | UserInstruction
  | WorkdirInstruction
  | ExposeInstruction
  | VolumeInstruction
  | StopSignalInstruction
  | MaintainerInstruction
  | HealthcheckInstruction
  | OnbuildInstruction;

export type InstructionKind = Instruction['kind'];
