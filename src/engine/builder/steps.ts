/**
 * The three kinds of step that write files — RUN, COPY/ADD, WORKDIR — each producing a layer
 * (or none) plus what the progress display needs. Cache decisions are made by the caller.
 */
import type { EngineError } from '../errors';
import {
  applyCopyPlan,
  createLayer,
  posixPath,
  userLookupFromFs,
  Vfs,
  planCopy,
  type Layer,
  type ReadonlyTree,
} from '../fs';
import type {
  AddInstruction,
  CopyInstruction,
  RunInstruction,
} from '../dockerfile/instructions/types';
import { isEngineError } from '../errors';
import { BuildRunFailedError } from './errors';
import { execFailure } from './exec-check';
import type { StageState } from './state';
import type { RunExecutor } from './types';

export interface StepOutcome {
  readonly layer?: Layer;
  readonly output: readonly string[];
  readonly durationMs?: number;
  readonly error?: EngineError;
  /** Bytes written (COPY), for the simulated duration. */
  readonly bytes?: number;
}

/** What RUN executes: exec-form words, or the stage's shell + the command (§2.5). */
export function runArgv(ins: RunInstruction, state: StageState): readonly string[] {
  if (ins.json) return ins.args;
  const command = ins.command ?? ins.args.join(' ');
  const body =
    ins.heredocs.length > 0
      ? `${command}\n${ins.heredocs.map((h) => h.content).join('')}`
      : command;
  return [...state.config.shellArgv, body];
}

export function runStep(
  ins: RunInstruction,
  argv: readonly string[],
  state: StageState,
  executor: RunExecutor,
  seed: string,
): StepOutcome {
  const env = Object.fromEntries(state.scope.environment);
  const cwd = state.config.workingDir || '/';
  const failure = execFailure(state.snapshot, argv[0] ?? '', env['PATH'] ?? '', cwd);
  if (failure !== undefined) {
    // uncertain: runc exits 1 after printing its error; BuildKit reports that exit code.
    return {
      output: [failure],
      error: new BuildRunFailedError(
        argv,
        1,
        `${argv[0]} does not exist in this stage's image. Distroless and scratch images have no shell: use the exec form (RUN ["/app/tool", "arg"]) with a binary that exists, or do this work in a build stage.`,
      ),
    };
  }
  const vfs = Vfs.create(state.snapshot);
  const result = executor.run({
    argv,
    env,
    cwd,
    user: state.config.user,
    vfs,
    facts: state.facts,
    seed,
  });
  if (result.facts) state.facts = result.facts;
  if (result.exitCode !== 0) {
    return {
      output: result.output,
      ...(result.durationMs !== undefined ? { durationMs: result.durationMs } : {}),
      error: new BuildRunFailedError(
        argv,
        result.exitCode,
        `The command in this RUN failed (exit code ${result.exitCode}); its output is shown above. Fix the command and build again: the steps before it stay cached.`,
      ),
    };
  }
  void ins;
  return {
    layer: vfs.commit(),
    output: result.output,
    ...(result.durationMs !== undefined ? { durationMs: result.durationMs } : {}),
  };
}

export interface CopyInputs {
  readonly sources: readonly string[];
  readonly dest: string;
  readonly chown?: string;
  readonly chmod?: string;
  readonly exclude: readonly string[];
}

export function copyStep(
  ins: CopyInstruction | AddInstruction,
  inputs: CopyInputs,
  from: ReadonlyTree,
  state: StageState,
): StepOutcome & { sourceHash?: string } {
  try {
    const workdir = state.config.workingDir || '/';
    const vfs = Vfs.create(state.snapshot);
    let bytes = 0;
    let sourceHash = '';
    if (inputs.sources.length > 0) {
      const plan = planCopy({
        instruction: ins.kind,
        sources: inputs.sources,
        dest: inputs.dest,
        workdir,
        from,
        target: state.snapshot,
        ...(inputs.chown !== undefined ? { chown: inputs.chown } : {}),
        ...(inputs.chmod !== undefined ? { chmod: inputs.chmod } : {}),
        exclude: inputs.exclude,
        users: userLookupFromFs(state.snapshot),
        link: ins.link,
      });
      applyCopyPlan(vfs, plan);
      bytes = plan.bytes;
      sourceHash = plan.sourceHash;
    }
    for (const sc of ins.sourceContents) {
      const destAbs = posixPath.resolve(workdir, inputs.dest);
      const path = inputs.dest.endsWith('/') ? posixPath.join(destAbs, sc.path) : destAbs;
      vfs.mkdir(posixPath.dirname(path), { recursive: true });
      vfs.writeFile(path, sc.data);
      bytes += sc.data.length;
      sourceHash += `\0${sc.path}\0${sc.data}`;
    }
    return { layer: vfs.commit(), output: [], bytes, sourceHash };
  } catch (e) {
    if (isEngineError(e)) return { output: [], error: e };
    throw e;
  }
}

/** WORKDIR creates the directory when it is missing (a layer only then). */
export function workdirStep(path: string, state: StageState): StepOutcome {
  const vfs = Vfs.create(state.snapshot);
  try {
    const created = vfs.mkdir(path, { recursive: true });
    return created.length > 0 ? { layer: vfs.commit(), output: [] } : { output: [] };
  } catch (e) {
    if (isEngineError(e)) return { output: [], error: e };
    throw e;
  }
}

export const EMPTY_LAYER = createLayer([]);
