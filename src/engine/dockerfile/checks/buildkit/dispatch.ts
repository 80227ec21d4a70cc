import { StageScope, processWord, type ExpandOutcome } from '../../expand';
import { goQuote } from '../engine-deps';
import type { Instruction } from '../../instructions/types';
import { factsFor } from '../image-facts';
import type { CheckModel } from '../model';
import { searchSuggestion } from '../suggest';
import type { ImageFactsLookup } from '../types';
import type { Emit, Span } from './report';
import { isSecretKey, secretsMessage } from './secrets';

export interface DispatchOptions {
  readonly allStages: boolean;
  readonly imageFacts?: ImageFactsLookup;
  /** `.dockerignore` test for a cleaned context path (CopyIgnoredFile). */
  readonly isIgnored?: (path: string) => boolean;
}

/** What a stage passes on to stages built FROM it (dispatchState.init). */
interface StageState {
  readonly scope: StageScope;
  workdirSet: boolean;
  shellSet: boolean;
}

/**
 * Rules BuildKit raises while dispatching a stage, in instruction order: UndefinedVar,
 * WorkdirRelativePath, JSONArgsRecommended, MultipleInstructionsDisallowed,
 * LegacyKeyValueFormat, SecretsUsedInArgOrEnv and CopyIgnoredFile. A normal build
 * dispatches only the stages the target needs; `--check` without a target, all of them.
 */
export function dispatchRules(model: CheckModel, emit: Emit, options: DispatchOptions): void {
  const states: (StageState | undefined)[] = [];
  for (const stage of model.parsed.stages) {
    if (!options.allStages && !model.reachable.has(stage.index)) continue;
    const baseIndex = model.baseStage[stage.index];
    const parent = baseIndex !== undefined ? states[baseIndex] : undefined;
    let state: StageState;
    if (parent) {
      state = {
        scope: parent.scope.fork(),
        workdirSet: parent.workdirSet,
        shellSet: parent.shellSet,
      };
    } else {
      const facts =
        baseIndex === undefined
          ? factsFor(model.baseNames[stage.index]!, options.imageFacts)
          : undefined;
      const env = (facts?.env ?? []).map((e): [string, string] => {
        const eq = e.indexOf('=');
        return eq < 0 ? [e, ''] : [e.slice(0, eq), e.slice(eq + 1)];
      });
      const scope = new StageScope(model.global, model.buildArgs, env, [], model.lex);
      state = { scope, workdirSet: false, shellSet: (facts?.shell?.length ?? 0) > 0 };
    }
    states[stage.index] = state;
    new StageWalker(state, emit, options, model).run(stage.instructions);
  }
}

class StageWalker {
  private readonly seen = new Map<string, Span>();

  constructor(
    private readonly state: StageState,
    private readonly emit: Emit,
    private readonly options: DispatchOptions,
    private readonly model: CheckModel,
  ) {}

  run(instructions: readonly Instruction[]): void {
    for (const ins of instructions) {
      try {
        this.dispatch(ins);
      } catch {
        return; // an expansion error fails the build here; later lines are never dispatched
      }
    }
  }

  /** Expand one word as Expand() does and report its undefined names. */
  private word(value: string, ins: Instruction): string {
    return this.undefinedVars(this.state.scope.expand(value), ins).value;
  }

  private undefinedVars(outcome: ExpandOutcome, ins: Instruction): ExpandOutcome {
    for (const name of outcome.undefinedNames) {
      const s = searchSuggestion(name, this.state.scope.environment.keys());
      this.emit(
        'UndefinedVar',
        `Usage of undefined variable '$${name}'${s ? ` (did you mean $${s}?)` : ''}`,
        ins,
      );
    }
    return outcome;
  }

  private dispatch(ins: Instruction): void {
    const { scope } = this.state;
    switch (ins.kind) {
      case 'ENV':
      case 'LABEL': {
        const pairs = ins.pairs.map((p) => ({
          key: this.word(p.key, ins),
          value: this.word(p.value, ins),
          legacy: p.legacy,
        }));
        for (const p of pairs) {
          if (p.legacy) {
            this.emit(
              'LegacyKeyValueFormat',
              `"${ins.keyword} key=value" should be used instead of legacy "${ins.keyword} key value" format`,
              ins,
            );
          }
          if (ins.kind === 'ENV') {
            this.secret('ENV', p.key, ins);
            scope.setEnv(p.key, p.value);
          }
        }
        return;
      }
      case 'ARG':
        for (const a of ins.args) {
          this.secret('ARG', a.name, ins);
          const outcome = scope.declareArg({ key: a.name, rawDefault: a.default });
          if (outcome) this.undefinedVars(outcome, ins);
        }
        return;
      case 'COPY':
      case 'ADD':
        return this.copy(ins);
      case 'WORKDIR': {
        const path = this.word(ins.path, ins);
        if (!this.state.workdirSet && !path.startsWith('/')) {
          this.emit(
            'WorkdirRelativePath',
            `Relative workdir ${goQuote(path)} can have unexpected results if the base image changes`,
            ins,
          );
        }
        this.state.workdirSet = true;
        return;
      }
      case 'USER':
        this.word(ins.user, ins);
        return;
      case 'STOPSIGNAL':
        this.word(ins.signal, ins);
        return;
      case 'VOLUME':
        for (const v of ins.volumes) this.word(v, ins);
        return;
      case 'EXPOSE':
        // dispatchExpose expands with ProcessWords and reports nothing.
        for (const p of ins.ports) processWord(p, scope.environment, this.model.lex);
        return;
      case 'SHELL':
        this.state.shellSet = true;
        return;
      case 'CMD':
      case 'ENTRYPOINT':
        this.usedOnce(ins);
        if (!ins.json && !this.state.shellSet) {
          this.emit(
            'JSONArgsRecommended',
            `JSON arguments recommended for ${ins.keyword} to prevent unintended behavior related to OS signals`,
            ins,
          );
        }
        return;
      case 'HEALTHCHECK':
        this.usedOnce(ins);
        return;
      default:
        // RUN, ONBUILD, MAINTAINER: the builder expands nothing here.
        // uncertain: newer BuildKit also expands RUN --mount options (and could report them).
        return;
    }
  }

  private secret(instruction: 'ARG' | 'ENV', key: string, span: Span): void {
    if (isSecretKey(key))
      this.emit('SecretsUsedInArgOrEnv', secretsMessage(instruction, key, goQuote), span);
  }

  /** MultipleInstructionsDisallowed points at the earlier instruction: that one is ignored. */
  private usedOnce(ins: Instruction): void {
    const kind = ins.kind;
    const previous = this.seen.get(kind);
    if (previous) {
      this.emit(
        'MultipleInstructionsDisallowed',
        `Multiple ${ins.keyword} instructions should not be used in the same stage because only the last one will be used`,
        previous,
      );
    }
    this.seen.set(kind, ins);
  }

  private copy(ins: Extract<Instruction, { kind: 'COPY' | 'ADD' }>): void {
    if (ins.chown !== undefined) this.word(ins.chown, ins);
    if (ins.chmod !== undefined) this.word(ins.chmod, ins);
    const from =
      ins.kind === 'COPY' && ins.from !== undefined ? this.word(ins.from, ins) : undefined;
    const sources = ins.sources.map((s) => this.word(s, ins));
    this.word(ins.dest, ins);
    for (const doc of ins.sourceContents) {
      if (!doc.expand) continue;
      // Heredoc bodies expand with quotes kept and `\` as escape (ExpandRaw).
      const r = processWord(doc.data, this.state.scope.environment, { skipProcessQuotes: true });
      const undefinedNames = [...r.unmatched].filter((n) => !this.state.scope.isDeclaredArg(n));
      this.undefinedVars({ value: r.result, undefinedNames }, ins);
    }
    if (from !== undefined || !this.options.isIgnored) return;
    const verb = ins.kind === 'ADD' ? 'Add' : 'Copy';
    for (const src of sources) {
      if (/^https?:\/\//.test(src)) continue;
      const clean = cleanPath(src);
      if (this.options.isIgnored(clean)) {
        this.emit(
          'CopyIgnoredFile',
          `Attempting to ${verb} file ${goQuote(clean)} that is excluded by .dockerignore`,
          ins,
        );
      }
    }
  }
}

/** Go `filepath.Clean` for slash paths. */
export function cleanPath(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !abs) out.push(part);
  }
  const joined = out.join('/');
  return abs ? '/' + joined : joined || '.';
}
