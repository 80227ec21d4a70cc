import { BUILDKIT_RULES, type BuildkitRuleName } from './buildkit/catalogue';
import { dispatchRules } from './buildkit/dispatch';
import { fromRules } from './buildkit/from-rules';
import { parseTimeRules } from './buildkit/parse-time';
import type { Emission, Span } from './buildkit/report';
import { stageRules } from './buildkit/stage-rules';
import { LintViolationError, parseCheckDirective, ruleEnabled, type LintConfig } from './directive';
import { buildModel, type ParsedDockerfile } from './model';
import { baseImageRules } from './stagecraft/base-image';
import { STAGECRAFT_RULES, type StagecraftRuleKey } from './stagecraft/catalogue';
import { dependencyRules } from './stagecraft/dependencies';
import { finalStageRules } from './stagecraft/final-stage';
import { secretRules } from './stagecraft/secrets';
import { stageGraphRules } from './stagecraft/stage-graph';
import type { Finding, ImageFactsLookup } from './types';

export interface CheckOptions {
  /** `build`: what `docker build` warns about (only needed stages are dispatched).
   *  `check`: `docker build --check` (every stage, unless a target is given). */
  readonly mode?: 'build' | 'check';
  readonly target?: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly imageFacts?: ImageFactsLookup;
  /** `.dockerignore` test on a cleaned context path; omit when there is no .dockerignore. */
  readonly isIgnored?: (path: string) => boolean;
  /** Run Stagecraft's own rules too (default true). */
  readonly stagecraft?: boolean;
}

export interface CheckReport {
  /** BuildKit findings, after `# check=` filtering, in line order. */
  readonly buildkit: readonly Finding[];
  /** Stagecraft findings (never affected by `# check=`), in line order. */
  readonly stagecraft: readonly Finding[];
  readonly config: LintConfig;
  /** Set when `error=true` and BuildKit found something: the build must fail with it. */
  readonly violation?: LintViolationError;
}

/**
 * Every build check for a parsed Dockerfile. Throws CheckDirectiveError when the
 * `# check=` directive (or BUILDKIT_DOCKERFILE_CHECK) is malformed, as BuildKit fails then.
 */
export function runChecks(parsed: ParsedDockerfile, options: CheckOptions = {}): CheckReport {
  const buildArgs = options.buildArgs ?? {};
  // The build arg replaces the directive entirely (dockerui reads it into LinterConfig).
  const directive = buildArgs.BUILDKIT_DOCKERFILE_CHECK ?? parsed.ast.directives.check;
  const config = parseCheckDirective(directive);
  const model = buildModel(parsed, buildArgs, options.target);

  const emissions: Emission[] = [];
  const emit = (rule: BuildkitRuleName, message: string, span: Span) =>
    emissions.push({ rule, message, span });
  parseTimeRules(model, emit);
  stageRules(model, emit);
  fromRules(model, emit, options.imageFacts);
  const allStages = options.mode === 'check' && options.target === undefined;
  dispatchRules(model, emit, {
    allStages,
    ...(options.imageFacts ? { imageFacts: options.imageFacts } : {}),
    ...(options.isIgnored ? { isIgnored: options.isIgnored } : {}),
  });

  const level = config.returnAsError ? 'error' : 'warning';
  const buildkit = dedupe(
    emissions
      .filter((e) => ruleEnabled(config, e.rule, BUILDKIT_RULES[e.rule].experimental === true))
      .map((e) => toFinding('buildkit', BUILDKIT_RULES[e.rule], e.message, e.span, level)),
  );

  const stagecraft: Finding[] = [];
  if (options.stagecraft !== false) {
    const sEmit = (rule: StagecraftRuleKey, message: string, span: Span) =>
      stagecraft.push(toFinding('stagecraft', STAGECRAFT_RULES[rule], message, span, 'warning'));
    finalStageRules(model, sEmit, options.imageFacts);
    baseImageRules(model, sEmit);
    stageGraphRules(model, sEmit);
    dependencyRules(model, sEmit);
    secretRules(model, sEmit);
  }

  const report: CheckReport = { buildkit, stagecraft: dedupe(stagecraft), config };
  if (config.returnAsError && buildkit.length > 0) {
    // uncertain: BuildKit joins the rule names in Go map order (random); first-seen order here.
    return {
      ...report,
      violation: new LintViolationError([...new Set(buildkit.map((f) => f.rule))]),
    };
  }
  return report;
}

function toFinding(
  source: Finding['source'],
  meta: { name: string; description: string; url: string; experimental?: boolean },
  message: string,
  span: Span,
  level: Finding['level'],
): Finding {
  return {
    source,
    rule: meta.name,
    message,
    description: meta.description,
    url: meta.url,
    line: span.startLine,
    ...(span.endLine !== span.startLine ? { endLine: span.endLine } : {}),
    level,
    ...(meta.experimental ? { experimental: true } : {}),
  };
}

/**
 * Line order, identical findings once. uncertain: BuildKit can send the same warning twice
 * (e.g. one undefined variable used in two words of a COPY); the ground truth has no
 * capture showing whether buildx prints both.
 */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...findings].sort((a, b) => a.line - b.line)) {
    const key = `${f.rule}\n${f.line}\n${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
