/**
 * How buildx fits a live (not final) TTY frame to the screen (progressui display.go,
 * `setupTerminals` and `wrapHeight`): a running step's log window is shown only while the
 * screen has room for it, and when the jobs do not fit, the oldest lines scroll away except
 * running ones, which move up to stay visible. The final frame shows every line, so only the
 * animation uses this. Without it a frame taller than the screen could not be redrawn in place.
 */

/** What the layout needs of a job line. */
export interface LiveJob {
  /** progressui's `!isCompleted`: running vertices and statuses, and every warning line. */
  readonly running: boolean;
  /** A running step's output lines (its log window), oldest first. */
  readonly logs?: readonly string[];
}

export interface LiveLayout<J> {
  readonly jobs: J[];
  /** The log rows shown under a job, for the jobs whose window has room. */
  readonly logs: Map<J, readonly string[]>;
}

/** progressui's `termHeightMin` (init.go), also the default window (`termHeightInitial`). */
const TERM_HEIGHT_MIN = 6;
/** The log window is `termPad` columns narrower than the screen. */
const TERM_PAD = 10;

/**
 * The rows a log window shows: the last lines as a `width − 10` column terminal wraps them,
 * blank rows left out.
 * uncertain: progressui feeds raw output to a vt100 emulator; plain wrapping of whole lines
 * stands in for it (no control sequences in simulated output).
 */
export function logWindow(lines: readonly string[], width: number, rows: number): string[] {
  const cols = Math.max(1, width - TERM_PAD);
  const wrapped: string[] = [];
  for (const line of lines) {
    const chars = Array.from(line);
    if (chars.length === 0) wrapped.push('');
    for (let i = 0; i < chars.length; i += cols) wrapped.push(chars.slice(i, i + cols).join(''));
  }
  return wrapped.slice(-rows).filter((r) => r.trim() !== '');
}

/** progressui `wrapHeight`: keep the last `limit` jobs, pulling cut running jobs back in. */
export function wrapHeight<J extends LiveJob>(jobs: readonly J[], limit: number): J[] {
  if (limit < 0) return [];
  if (jobs.length <= limit) return [...jobs];
  let wrapped = jobs.slice(jobs.length - limit);
  const invisible = jobs.slice(0, jobs.length - limit).filter((j) => j.running);
  if (invisible.length > 0) {
    let l = invisible.length;
    const kept: J[] = [];
    for (const j of wrapped) {
      if (j.running || l <= 0) kept.push(j);
      l--;
    }
    const free = wrapped.length - kept.length;
    wrapped = [...invisible.slice(invisible.length - free), ...kept];
  }
  return wrapped;
}

export function layoutLive<J extends LiveJob>(
  jobs: readonly J[],
  o: { readonly width: number; readonly height: number; readonly logLines: number },
): LiveLayout<J> {
  const inUse = jobs.filter((j) => j.running).length;
  const termHeight = Math.max(
    Math.min(TERM_HEIGHT_MIN, o.logLines),
    Math.min(o.logLines, o.height - TERM_HEIGHT_MIN - 1),
  );
  const termLimit = termHeight + 3;
  // Busiest output first. uncertain: progressui also favours windows it showed before
  // (`termCount * 50`); one frame cannot know that, so only the bytes count here.
  const bytes = (j: J) => (j.logs ?? []).reduce((n, l) => n + l.length + 1, 0);
  const candidates = jobs.filter((j) => j.running && (j.logs?.length ?? 0) > 0);
  candidates.sort((a, b) => bytes(b) - bytes(a));
  let free = o.height - 2 - inUse;
  let hidden = 0;
  const logs = new Map<J, readonly string[]>();
  for (const j of candidates) {
    if (free <= termLimit || o.logLines <= 0) break;
    const rows = logWindow(j.logs!, o.width, termHeight);
    logs.set(j, rows);
    hidden += rows.length;
    free -= termLimit;
  }
  return { jobs: wrapHeight(jobs, o.height - 2 - hidden), logs };
}
