/**
 * Turns the builder's vertex plans into the progress event stream. Each vertex starts when
 * its dependencies finish, so independent stages overlap in time as they do in BuildKit and
 * the vertex order (first appearance) falls out of the start times. When a vertex fails,
 * vertices running at that moment are CANCELED and nothing later starts (§2.5).
 */
import type { ProgressEvent } from '../format/progress/events';

export interface PlannedStatus {
  readonly text: string;
  /** Offset from the vertex start. */
  readonly offsetMs: number;
  readonly durationMs: number;
  readonly current?: number;
  readonly total?: number;
  /** Also emit the status when it starts (plain shows `exporting layers` then `… done`). */
  readonly announce?: boolean;
}

export interface PlannedVertex {
  readonly key: string;
  readonly name: string;
  readonly deps: readonly string[];
  readonly durationMs: number;
  readonly cached?: boolean;
  readonly error?: string;
  readonly statuses?: readonly PlannedStatus[];
  /** Output lines with their offset from the vertex start. */
  readonly logs?: readonly { readonly offsetMs: number; readonly text: string }[];
  readonly warnings?: readonly string[];
}

export interface Schedule {
  readonly events: ProgressEvent[];
  /** End time of each vertex that completed successfully (key → ms). */
  readonly completed: ReadonlyMap<string, number>;
  readonly failedAt?: number;
  readonly failed?: string;
}

interface Timed {
  readonly v: PlannedVertex;
  readonly start: number;
  readonly end: number;
  readonly order: number;
}

export function schedule(
  vertices: readonly PlannedVertex[],
  builder = 'default',
  driver = 'docker',
): Schedule {
  const ends = new Map<string, number>();
  const timed: Timed[] = [];
  vertices.forEach((v, order) => {
    let start = 0;
    for (const d of v.deps) start = Math.max(start, ends.get(d) ?? 0);
    const end = start + Math.max(0, Math.round(v.durationMs));
    ends.set(v.key, end);
    timed.push({ v, start, end, order });
  });
  let failedAt: number | undefined;
  let failed: Timed | undefined;
  for (const t of timed) {
    if (t.v.error !== undefined && (failedAt === undefined || t.end < failedAt)) {
      failedAt = t.end;
      failed = t;
    }
  }
  // A vertex shows when it started before the failure (or the build did not fail).
  const visible = timed.filter((t) => failedAt === undefined || t.start < failedAt || t === failed);
  visible.sort((a, b) => a.start - b.start || a.order - b.order);

  const raw: { at: number; seq: number; e: ProgressEvent }[] = [];
  let seq = 0;
  const push = (at: number, e: ProgressEvent): void => {
    raw.push({ at, seq: seq++, e });
  };
  const completed = new Map<string, number>();
  visible.forEach((t, i) => {
    const id = i + 1;
    const v = t.v;
    const canceled = failedAt !== undefined && t !== failed && t.end > failedAt;
    const end = canceled ? failedAt! : t.end;
    push(t.start, { type: 'vertex', id, name: v.name, at: t.start });
    for (const s of v.statuses ?? []) {
      const started = t.start + Math.round(s.offsetMs);
      if (started > end) continue;
      const done = Math.min(started + Math.round(s.durationMs), end);
      const bytes = {
        ...(s.current !== undefined ? { current: s.current } : {}),
        ...(s.total !== undefined ? { total: s.total } : {}),
      };
      push(started, {
        type: 'status',
        vertex: id,
        text: s.text,
        started,
        at: started,
        ...(s.announce ? {} : { silent: true }),
      });
      push(done, {
        type: 'status',
        vertex: id,
        text: s.text,
        started,
        at: done,
        completed: done,
        ...bytes,
      });
    }
    for (const l of v.logs ?? []) {
      const at = t.start + Math.round(l.offsetMs);
      if (at <= end) push(at, { type: 'log', vertex: id, at, text: l.text });
    }
    for (const w of v.warnings ?? []) push(end, { type: 'warning', vertex: id, at: end, text: w });
    if (canceled) {
      push(end, { type: 'complete', vertex: id, at: end, canceled: true });
    } else {
      push(end, {
        type: 'complete',
        vertex: id,
        at: end,
        ...(v.cached ? { cached: true } : {}),
        ...(v.error !== undefined ? { error: v.error } : {}),
      });
      if (v.error === undefined) completed.set(v.key, end);
    }
  });
  raw.sort((a, b) => a.at - b.at || a.seq - b.seq);
  const last = raw.length ? raw[raw.length - 1]!.at : 0;
  const events: ProgressEvent[] = [{ type: 'start', at: 0, builder, driver }];
  for (const r of raw) events.push(r.e);
  events.push({ type: 'end', at: last });
  return {
    events,
    completed,
    ...(failedAt !== undefined ? { failedAt, failed: failed!.v.key } : {}),
  };
}
