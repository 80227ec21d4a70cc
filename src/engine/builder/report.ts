/**
 * What buildx prints after a build (§2.5, §3.2): the error-log block, the warnings summary,
 * the Dockerfile excerpt and the `ERROR:` line. One function, so every caller prints it alike.
 */
import type { ProgressEvent } from '../format/progress/events';
import { renderErrorLogs } from '../format/progress/error-logs';
import { formatExcerpt } from '../format/dockerfile-excerpt';
import type { BuildFailure } from './types';

export interface FailureReportOptions {
  readonly events: readonly ProgressEvent[];
  readonly mode: 'tty' | 'plain' | 'quiet';
  readonly dockerfileName: string;
  readonly dockerfile: string;
  /** The warnings summary block (from the checks formatter), already rendered. */
  readonly warningsBlock?: string;
  /** buildx ≥ 0.25 wraps every error in `failed to build: ` (default true). */
  readonly failedToBuild?: boolean;
}

/** `ERROR: failed to build: failed to solve: <message>` */
export function errorLine(failure: BuildFailure, failedToBuild = true): string {
  return `ERROR: ${failedToBuild ? 'failed to build: ' : ''}failed to solve: ${failure.error.message}`;
}

export function formatFailure(failure: BuildFailure, o: FailureReportOptions): string {
  let text =
    o.mode === 'quiet' ? '' : renderErrorLogs(o.events, o.mode === 'plain' ? 'plain' : 'tty');
  if (o.warningsBlock) text += o.warningsBlock;
  if (failure.range) {
    const base = o.dockerfileName.slice(o.dockerfileName.lastIndexOf('/') + 1);
    const excerpt = formatExcerpt(
      o.dockerfile,
      { line: failure.range.start, endLine: failure.range.end },
      base,
    );
    if (excerpt.length > 0) text += excerpt.join('\n') + '\n';
  }
  return text + errorLine(failure, o.failedToBuild ?? true) + '\n';
}
