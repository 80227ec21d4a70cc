import { EngineError } from '../../errors';
import { goQuote } from '../../format/go-quote';

/**
 * The `# check=` directive and the `BUILDKIT_DOCKERFILE_CHECK` build arg
 * (linter.ParseLintOptions): `skip=A,B` or `skip=all`, `error=true`, `experimental=A|all`,
 * joined with `;`.
 */
export interface LintConfig {
  readonly skipAll: boolean;
  readonly skipRules: ReadonlySet<string>;
  readonly experimentalAll: boolean;
  readonly experimentalRules: ReadonlySet<string>;
  readonly returnAsError: boolean;
}

export const DEFAULT_LINT_CONFIG: LintConfig = {
  skipAll: false,
  skipRules: new Set(),
  experimentalAll: false,
  experimentalRules: new Set(),
  returnAsError: false,
};

export class CheckDirectiveError extends EngineError {
  readonly code = 'CHECK_DIRECTIVE_INVALID';
  constructor(inner: string) {
    // BuildKit wraps the parser's error in newRuleLinter ("failed to parse check options").
    // uncertain: the wrapper is read from dockerfile2llb/convert.go; the ground truth gives only
    // the inner text `invalid check option "<k>"`.
    super(`failed to parse check options: ${inner}`, {
      data: { inner },
      hint: 'The # check= directive takes skip=<Rule,…|all>, error=<true|false> and experimental=<Rule,…|all>, separated by ";".',
    });
  }
}

/** Go strings.SplitN: the last part keeps the remaining separators. */
function splitN(text: string, sep: string, n: number): string[] {
  const parts = text.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** Go strconv.ParseBool. */
function parseBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

const ruleList = (v: string) => new Set(v.split(',').map((r) => r.trim()));

export function parseCheckDirective(value: string | undefined): LintConfig {
  const text = (value ?? '').trim();
  if (text === '') return DEFAULT_LINT_CONFIG;
  let config = { ...DEFAULT_LINT_CONFIG };
  // BuildKit splits into at most three parts; a fourth option stays glued to the third.
  for (const part of splitN(text, ';', 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new CheckDirectiveError(`invalid check option ${goQuote(part)}`);
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (key === 'skip') {
      config = v === 'all' ? { ...config, skipAll: true } : { ...config, skipRules: ruleList(v) };
    } else if (key === 'experimental') {
      config =
        v === 'all'
          ? { ...config, experimentalAll: true }
          : { ...config, experimentalRules: ruleList(v) };
    } else if (key === 'error') {
      const b = parseBool(v);
      if (b === undefined) {
        throw new CheckDirectiveError(
          `failed to parse check option ${goQuote(part)}: strconv.ParseBool: parsing ${goQuote(v)}: invalid syntax`,
        );
      }
      config = { ...config, returnAsError: b };
    } else {
      throw new CheckDirectiveError(`invalid check option ${goQuote(key)}`);
    }
  }
  return config;
}

/**
 * linter.Run: experimental rules run only when enabled, and then even under skip=all;
 * stable rules run unless skipped.
 */
export function ruleEnabled(config: LintConfig, name: string, experimental: boolean): boolean {
  if (experimental) return config.experimentalAll || config.experimentalRules.has(name);
  return !config.skipAll && !config.skipRules.has(name);
}

export class LintViolationError extends EngineError {
  readonly code = 'LINT_VIOLATION';
  constructor(rules: readonly string[]) {
    super(`lint violation found for rules: ${rules.join(', ')}`, {
      data: { rules },
      hint: 'The Dockerfile sets # check=error=true, so every build-check warning fails the build. Fix the warnings above, or skip a rule with # check=skip=<Rule>.',
    });
  }
}
