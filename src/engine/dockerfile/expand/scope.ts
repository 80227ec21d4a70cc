import { processWord, type LexOptions } from './lexer';
import { platformArgs, type Platform } from './predefined';

/**
 * ARG and ENV scoping as BuildKit's dispatcher applies it:
 * - Meta ARGs (before the first FROM) plus the predefined platform ARGs form the global
 *   scope. Only FROM lines (image and --platform) see it.
 * - Inside a stage a global ARG is visible only after a bare `ARG NAME` re-declares it.
 * - `--build-arg` overrides a declared ARG's default, and the predefined ARGs.
 * - ENV and ARG values join the stage's environment; a later stage `FROM <stage>`
 *   inherits that environment and the declared ARG names.
 */
export interface ArgDeclaration {
  readonly key: string;
  /** The default exactly as written (unexpanded); undefined for a bare `ARG NAME`. */
  readonly rawDefault?: string;
}

export interface GlobalScope {
  /** Values FROM lines expand with. */
  readonly args: ReadonlyMap<string, string>;
  /** Names of every meta ARG, with or without a value (UndefinedArgInFrom accepts them). */
  readonly declared: ReadonlySet<string>;
}

export function buildGlobalScope(
  metaArgs: readonly ArgDeclaration[],
  buildArgs: Readonly<Record<string, string>> = {},
  options: { targetStage?: string; platform?: Platform; lex?: LexOptions } = {},
): GlobalScope {
  const args = new Map<string, string>();
  for (const [k, v] of platformArgs(options.targetStage ?? '', options.platform)) {
    args.set(k, Object.hasOwn(buildArgs, k) ? buildArgs[k]! : v);
  }
  const declared = new Set<string>();
  for (const { key, rawDefault } of metaArgs) {
    declared.add(key);
    let value: string | undefined;
    if (Object.hasOwn(buildArgs, key)) value = buildArgs[key];
    else if (rawDefault !== undefined) value = processWord(rawDefault, args, options.lex).result;
    if (value !== undefined) args.set(key, value);
  }
  return { args, declared };
}

/** The names a FROM line may use without UndefinedArgInFrom: declared meta ARGs + predefined. */
export function fromScopeKeys(scope: GlobalScope): ReadonlySet<string> {
  return new Set([...scope.declared, ...scope.args.keys()]);
}

export interface ExpandOutcome {
  readonly value: string;
  /** Undefined names that are not declared ARGs of the stage: UndefinedVar candidates. */
  readonly undefinedNames: readonly string[];
}

export class StageScope {
  private readonly env: Map<string, string>;
  private readonly declaredArgs: Set<string>;

  constructor(
    private readonly global: GlobalScope,
    private readonly buildArgs: Readonly<Record<string, string>> = {},
    baseEnv: Iterable<[string, string]> = [['PATH', DEFAULT_PATH]],
    declared: Iterable<string> = [],
    private readonly lex: LexOptions = {},
  ) {
    this.env = new Map(baseEnv);
    // BuildKit always sets PATH when the base image does not.
    if (!this.env.has('PATH')) this.env.set('PATH', DEFAULT_PATH);
    this.declaredArgs = new Set(declared);
  }

  /** A stage built `FROM` this one starts with its environment and declared ARGs. */
  fork(): StageScope {
    return new StageScope(this.global, this.buildArgs, this.env, this.declaredArgs, this.lex);
  }

  get environment(): ReadonlyMap<string, string> {
    return this.env;
  }

  expand(word: string): ExpandOutcome {
    const r = processWord(word, this.env, this.lex);
    const undefinedNames = [...r.unmatched].filter((n) => !this.declaredArgs.has(n));
    return { value: r.result, undefinedNames };
  }

  /** `ARG key[=default]` inside a stage. Returns the outcome of expanding the default. */
  declareArg({ key, rawDefault }: ArgDeclaration): ExpandOutcome | undefined {
    let value: string | undefined;
    let outcome: ExpandOutcome | undefined;
    if (Object.hasOwn(this.buildArgs, key)) {
      value = this.buildArgs[key];
    } else if (rawDefault !== undefined) {
      outcome = this.expand(rawDefault);
      value = outcome.value;
    } else if (this.global.args.has(key)) {
      value = this.global.args.get(key); // a bare ARG re-imports the global value
    }
    this.declaredArgs.add(key);
    if (value !== undefined) this.env.set(key, value);
    return outcome;
  }

  /** `ENV key=value`; the value must already be expanded. */
  setEnv(key: string, value: string): void {
    this.env.set(key, value);
  }

  isDeclaredArg(name: string): boolean {
    return this.declaredArgs.has(name);
  }
}

/** BuildKit `system.DefaultPathEnv("linux")`. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
