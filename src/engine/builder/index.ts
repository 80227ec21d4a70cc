/** The image builder's public pieces (re-exported by src/engine/index.ts). */
export { build, DEFAULT_BUILD_TIME } from './build';
export { legacyBuild } from './legacy';
export { createBuildCache, pruneBuildCache, type BuildCacheState, type CachedStep } from './cache';
export {
  buildStageGraph,
  legacyOrder,
  suggestName,
  type StageGraph,
  type StageNode,
} from './stage-graph';
export { mountCatalogImage } from './mount';
export { formatFailure, errorLine, type FailureReportOptions } from './report';
export { fallbackExecutor } from './fallback-executor';
export {
  BuildTargetNotFoundError,
  BuildImageNotFoundError,
  BuildRunFailedError,
  BuildStageReferenceError,
  BuildBaseNameError,
  BuildDockerfileMissingError,
  BuildLegacyRunFailedError,
} from './errors';
export type * from './types';
