import { parseDockerfileFull } from '../../../../src/engine';
import {
  runChecks,
  type CheckOptions,
  type CheckReport,
} from '../../../../src/engine/dockerfile/checks';

/** Dockerfile TEXT through the real parser, then the checks. */
export function check(text: string, options: CheckOptions = {}): CheckReport {
  const parsed = parseDockerfileFull(text);
  if (!parsed.ok) throw parsed.error;
  return runChecks(parsed, options);
}

export const brief = (r: CheckReport, source: 'buildkit' | 'stagecraft' = 'buildkit') =>
  r[source].map((f) => ({ rule: f.rule, message: f.message, line: f.line }));
