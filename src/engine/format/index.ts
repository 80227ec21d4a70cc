/** Output formatting helpers shared by every simulated command (ground truth §2.14). */
export { goFormatF, goFormatG } from './go-float';
export { humanSize, humanSizeWithPrecision, bytesSize, imageSize } from './human-size';
export { buildkitBytes, buildkitProgressBytes } from './buildkit-units';
export { humanDuration, timeAgo, imageCreatedSince } from './human-duration';
export {
  buildkitDuration,
  buildHeader,
  buildJobLine,
  buildkitLogTimestamp,
  type BuildHeaderOptions,
} from './buildkit-time';
export { tabwrite, formatTable, DOCKER_TABLE, type TabwriterOptions } from './tabwriter';
export { truncateId, stripSha256, withSha256, isFullId } from './ids';
export { goQuote, goQuoteRune } from './go-quote';
export { ellipsis, displayWidth } from './truncate';
export { seedFromString, createRng, simulatedDurationMs, SimClock, type Rng } from './clock';
