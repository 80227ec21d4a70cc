/**
 * BuildKit's TTY display as an animation: the frames buildx draws while a build runs, each at
 * its simulated moment, ending with the final frame. progressui redraws when progress arrives
 * but at most every 100 ms, and a 150 ms ticker redraws in between so the timers advance
 * (display.go `UpdateFrom`); the same schedule runs here over simulated time, so frames are
 * deterministic. A terminal plays them scaled to a short budget, or shows the last one only.
 */
import type { ProgressEvent, VertexStatusEvent } from './events';
import { renderTty, type TtyOptions } from './tty';

export interface ProgressFrame {
  /** Simulated milliseconds since the build started. */
  readonly at: number;
  /** The whole display at that moment, lines ending in `\n` (ANSI colours when enabled). */
  readonly text: string;
}

/** progressui's display limiter and refresh ticker. */
const LIMIT_MS = 100;
const TICK_MS = 150;
/** A long build gets a coarser schedule: a terminal shows a few dozen frames at most. */
const MAX_FRAMES = 120;

/** When the live frames are drawn (simulated ms), strictly before the build's end. */
export function frameTimes(events: readonly ProgressEvent[]): number[] {
  const end = events.reduce((m, e) => Math.max(m, e.at), 0);
  const scale = Math.max(1, end / (MAX_FRAMES * LIMIT_MS));
  const limit = LIMIT_MS * scale;
  const tick = TICK_MS * scale;
  const times: number[] = [];
  let last = -Infinity;
  const catchUp = (until: number) => {
    while (times.length > 0 && last + tick < until) {
      last = Math.round(last + tick);
      times.push(last);
    }
  };
  const distinct = [...new Set(events.map((e) => e.at))].filter((t) => t < end);
  distinct.sort((a, b) => a - b);
  for (const t of distinct) {
    catchUp(t);
    if (t - last >= limit) {
      times.push(t);
      last = t;
    }
  }
  catchUp(end);
  return times;
}

/**
 * Byte counts of the transfers running at `at` (layer downloads), which the final events only
 * give when each completes: a running download shows `12.58MB / 28.24MB` in buildx.
 * uncertain: a steady rate stands in for the real, uneven one.
 */
function progress(transfers: readonly VertexStatusEvent[], at: number): VertexStatusEvent[] {
  return transfers
    .filter((t) => t.started < at && at < t.completed!)
    .map((t) => ({
      type: 'status' as const,
      vertex: t.vertex,
      text: t.text,
      started: t.started,
      at,
      current: Math.round((t.total! * (at - t.started)) / (t.completed! - t.started)),
      total: t.total!,
    }));
}

/**
 * Every frame of the display: live frames fitted to `height` rows when given, then the final
 * frame, which is exactly `renderTty(events, width, options)` (what a non-animated terminal
 * prints).
 */
export function ttyFrames(
  events: readonly ProgressEvent[],
  width: number,
  options: Omit<TtyOptions, 'now' | 'height'> & { readonly height?: number } = {},
): ProgressFrame[] {
  const { height, ...final } = options;
  const transfers = events.filter(
    (e): e is VertexStatusEvent =>
      e.type === 'status' && e.total !== undefined && (e.completed ?? 0) > e.started,
  );
  const frames: ProgressFrame[] = [];
  let n = 0;
  for (const at of frameTimes(events)) {
    while (n < events.length && events[n]!.at <= at && events[n]!.type !== 'end') n++;
    const live = { ...final, now: at, ...(height !== undefined ? { height } : {}) };
    frames.push({
      at,
      text: renderTty([...events.slice(0, n), ...progress(transfers, at)], width, live),
    });
  }
  const end = events.reduce((m, e) => Math.max(m, e.at), 0);
  frames.push({ at: end, text: renderTty(events, width, final) });
  return frames;
}
