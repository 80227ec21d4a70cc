/**
 * The block buildx prints after the final frame for each failed vertex (§2.5, progressui
 * `printErrorLogs`): `------`, ` > <name>:`, its log lines with timestamps, `------`. The TTY
 * keeps every line; plain progress keeps only the last 10.
 */
import type { ProgressEvent } from './events';
import { logTimestamp } from './log-time';
import { foldEvents } from './model';

export function renderErrorLogs(
  events: readonly ProgressEvent[],
  mode: 'tty' | 'plain' = 'tty',
): string {
  const out: string[] = [];
  for (const v of foldEvents(events).vertices) {
    if (v.error === undefined || v.canceled) continue;
    out.push('------', ` > ${v.name}:`);
    const logs = mode === 'plain' ? v.logs.slice(-10) : v.logs;
    for (const l of logs) out.push(`${logTimestamp(l.at - v.started)} ${l.text}`);
    out.push('------');
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}
