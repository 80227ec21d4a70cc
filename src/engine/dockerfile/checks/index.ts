export { runChecks, type CheckOptions, type CheckReport } from './run';
export {
  parseCheckDirective,
  ruleEnabled,
  CheckDirectiveError,
  LintViolationError,
  DEFAULT_LINT_CONFIG,
  type LintConfig,
} from './directive';
export { BUILDKIT_RULES, BUILDKIT_RULE_NAMES, type BuildkitRuleName } from './buildkit/catalogue';
export { STAGECRAFT_RULES, STAGECRAFT_RULE_IDS } from './stagecraft/catalogue';
export { isSecretKey } from './buildkit/secrets';
export {
  shortForm,
  progressWarnLine,
  formatBuildWarnings,
  formatCheckOutput,
  formatLintFailure,
} from './format';
export { formatExcerpt } from '../../format/dockerfile-excerpt';
export { heuristicFacts, isRootUser } from './image-facts';
export type { Finding, CheckSource, BaseImageFacts, ImageFactsLookup, RuleMeta } from './types';
export type { ParsedDockerfile } from './model';
