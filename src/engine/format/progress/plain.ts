/**
 * BuildKit's plain progress (progressui printer.go), ground truth §2.2: `#0 building with …`,
 * then one block per vertex — `#N <name>`, status lines `#N <id>[ bytes][ time][ done]`, log
 * lines `#N <t> <text>`, and `#N DONE 0.3s` / `#N CACHED` / `#N ERROR: …` / `#N CANCELED` —
 * separated by blank lines. When output moves away from an unfinished vertex it prints
 * `#N ...` and re-announces the vertex later. The printer's rate limiting (it skips progress
 * updates closer than 5 s) is not needed: the simulator emits few status updates.
 */
import { goFormatF } from '../go-float';
import { buildkitBytes } from '../buildkit-units';
import type { ProgressEvent } from './events';
import { logTimestamp } from './log-time';

export function renderPlain(events: readonly ProgressEvent[]): string {
  const out: string[] = [];
  const names = new Map<number, string>();
  const started = new Map<number, number>();
  const index = new Map<number, number>();
  const done = new Set<number>();
  let current: number | undefined;
  let first = true;
  let next = 1;

  const enter = (vertex: number): number => {
    const n = index.get(vertex)!;
    if (current === vertex) return n;
    if (current !== undefined) out.push(`#${index.get(current)!} ...`);
    if (!first) out.push('');
    first = false;
    out.push(`#${n} ${names.get(vertex)!}`);
    current = vertex;
    return n;
  };

  for (const e of events) {
    switch (e.type) {
      case 'start':
        out.push(`#0 building with "${e.builder}" instance using ${e.driver} driver`);
        first = false;
        break;
      case 'vertex':
        if (index.has(e.id)) break;
        index.set(e.id, next++);
        names.set(e.id, e.name);
        started.set(e.id, e.at);
        // Like the printer's "make any open vertex active": a start is shown at once only when
        // no other vertex holds the output; otherwise it shows when it next has something.
        if (current === undefined) enter(e.id);
        break;
      case 'status': {
        if (!index.has(e.vertex) || done.has(e.vertex) || e.silent) break;
        const n = enter(e.vertex);
        let bytes = '';
        if (e.total) bytes = ` ${buildkitBytes(e.current ?? 0)} / ${buildkitBytes(e.total)}`;
        else if (e.current) bytes = ` ${buildkitBytes(e.current)}`;
        const end = e.completed ?? e.at;
        const diff = (end - e.started) / 1000;
        let tm = diff > 0.01 ? ` ${goFormatF(diff, 1)}s` : '';
        if (e.completed !== undefined) tm += ' done';
        out.push(`#${n} ${e.text}${bytes}${tm}`);
        break;
      }
      case 'log': {
        if (!index.has(e.vertex) || done.has(e.vertex)) break;
        const n = enter(e.vertex);
        out.push(`#${n} ${logTimestamp(e.at - started.get(e.vertex)!)} ${e.text}`);
        break;
      }
      case 'warning':
        // uncertain: the printer shows warnings only in buildx's summary after the build.
        break;
      case 'complete': {
        if (!index.has(e.vertex) || done.has(e.vertex)) break;
        const n = enter(e.vertex);
        if (e.canceled) out.push(`#${n} CANCELED`);
        else if (e.error !== undefined) out.push(`#${n} ERROR: ${e.error}`);
        else if (e.cached) out.push(`#${n} CACHED`);
        else out.push(`#${n} DONE ${goFormatF((e.at - started.get(e.vertex)!) / 1000, 1)}s`);
        done.add(e.vertex);
        current = undefined;
        break;
      }
      case 'end':
        break;
    }
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}
