export { processWord, processWords, type LexOptions, type ProcessResult } from './lexer';
export { toEnvMap, type EnvSource } from './env';
export {
  ExpansionError,
  ExpansionSyntaxError,
  UnsupportedModifierError,
  RequiredVariableError,
  InvalidPatternError,
} from './errors';
export {
  buildGlobalScope,
  fromScopeKeys,
  StageScope,
  DEFAULT_PATH,
  type ArgDeclaration,
  type GlobalScope,
  type ExpandOutcome,
} from './scope';
export {
  DEFAULT_PLATFORM,
  PROXY_ARG_NAMES,
  formatPlatform,
  platformArgs,
  proxyEnvFromBuildArgs,
  type Platform,
} from './predefined';
export { EXPANDED_INSTRUCTIONS, expandsVariables } from './expanded-instructions';
