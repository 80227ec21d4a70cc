/**
 * BuildKit's TTY display (progressui display.go), as a pure function of the events seen so far
 * and the terminal width. Ground truth §2.1: header padded to width − 1 with the builder
 * descriptor, ` => ` job lines with right-aligned `%3.1fs` timers, names cut without an ellipsis,
 * byte-progress shown after the name when there is room, `CACHED `/`ERROR `/`CANCELED `
 * prefixes, `WARN:` lines after the vertex that reported them, and the last log lines of a
 * running step as faint ` => => # …` lines.
 */
import { goFormatF } from '../go-float';
import { buildkitBytes } from '../buildkit-units';
import type { ProgressEvent } from './events';
import { layoutLive, type LiveJob } from './live-layout';
import { foldEvents, type ProgressState, type VertexState } from './model';

export interface TtyOptions {
  /** ANSI colours (blue done, red error, yellow canceled/warning). Default false. */
  readonly color?: boolean;
  /** `docker:default`; `''` for none. Default `<driver>:<builder>` from the start event. */
  readonly descriptor?: string;
  /** Live log lines shown under a running step (BUILDKIT_TTY_LOG_LINES). Default 6. */
  readonly logLines?: number;
  /** The frame's moment (simulated ms); default the last event's time. */
  readonly now?: number;
  /**
   * Terminal rows, for a live (not final) frame: buildx then fits the display to the screen,
   * keeping the newest lines and any running step (live-layout.ts). Unset: every line.
   */
  readonly height?: number;
}

const BLUE = '\x1b[34m';
const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const FAINT = '\x1b[2m';
const RESET = '\x1b[0m';

interface Job extends LiveJob {
  readonly name: string;
  readonly seconds: number;
  readonly completed: boolean;
  readonly status?: string;
  readonly color?: string;
}

function runes(s: string): string[] {
  return Array.from(s);
}

/** progressui `align`: `%-*s %s`, padding by runes. */
function align(left: string, right: string, width: number): string {
  const pad = width - runes(right).length - 1 - runes(left).length;
  return `${left}${pad > 0 ? ' '.repeat(pad) : ''} ${right}`;
}

function bytesStatus(current?: number, total?: number): string | undefined {
  if (total) return `${buildkitBytes(current ?? 0)} / ${buildkitBytes(total)}`;
  if (current) return buildkitBytes(current);
  return undefined;
}

function jobsOf(v: VertexState, now: number): Job[] {
  let name = v.name.replace(/\t/g, ' ');
  let color: string | undefined = BLUE;
  if (v.error !== undefined || v.canceled) {
    if (v.canceled) {
      name = `CANCELED ${name}`;
      color = YELLOW;
    } else {
      name = `ERROR ${name}`;
      color = RED;
    }
  }
  if (v.cached) name = `CACHED ${name}`;
  const end = v.completed ?? now;
  const completed = v.completed !== undefined;
  const jobs: Job[] = [
    {
      name,
      seconds: (end - v.started) / 1000,
      completed,
      running: !completed,
      color,
      ...(!completed && v.logs.length > 0 ? { logs: v.logs.map((l) => l.text) } : {}),
    },
  ];
  for (const s of v.statuses) {
    const status = bytesStatus(s.current, s.total);
    jobs.push({
      name: `=> ${s.text}`,
      seconds: ((s.completed ?? now) - s.started) / 1000,
      completed: s.completed !== undefined,
      running: s.completed === undefined,
      color: BLUE,
      ...(status ? { status } : {}),
    });
  }
  for (const w of v.warnings) {
    jobs.push({
      name: `WARN: ${w}`,
      seconds: (end - v.started) / 1000,
      completed: true,
      // progressui never marks a warning job completed, so the live layout keeps it in use.
      running: true,
      color: YELLOW,
    });
  }
  return jobs;
}

/** One job line (without newline), or undefined when the screen is too narrow for it. */
function jobLine(job: Job, width: number): string | undefined {
  const dt = job.seconds < 0.05 ? 0 : job.seconds;
  const timer = ` ${goFormatF(dt, 1)}s`;
  // progressui counts the newline that ends the timer string.
  let left = width - 4 - (timer.length + 1) - 1;
  let showStatus = false;
  if (job.status !== undefined && left + job.status.length > 20) {
    showStatus = true;
    left -= job.status.length + 1;
  }
  if (left < 12) return undefined;
  const chars = runes(job.name);
  const name = chars.length > left ? chars.slice(0, left).join('') : job.name;
  const out = ` => ${name}${showStatus ? ` ${job.status}` : ''}`;
  return align(out, timer, width - 1);
}

function header(state: ProgressState, now: number, width: number, descriptor: string): string {
  const total = state.vertices.length;
  const done = state.vertices.filter((v) => v.completed !== undefined).length;
  const finished = state.ended && done > 0 && done === total;
  const secs = goFormatF((now - state.startAt) / 1000, 1);
  const text = `[+] Building ${secs}s (${done}/${total}) ${finished ? 'FINISHED' : ''}`;
  const line = descriptor ? align(text, descriptor, width - 1) : align(text, '', width);
  return runes(line).length > width ? runes(line).slice(0, width).join('') : line;
}

/** The frame the TTY display shows after these events, lines joined with `\n` (final newline). */
export function renderTty(
  events: readonly ProgressEvent[],
  width: number,
  options: TtyOptions = {},
): string {
  const state = foldEvents(events);
  const now = options.now ?? state.now;
  const descriptor = options.descriptor ?? `${state.driver}:${state.builder}`;
  const logLines = options.logLines ?? 6;
  const out: string[] = [header(state, now, width, descriptor)];
  let jobs: Job[] = state.vertices.flatMap((v) => jobsOf(v, now));
  let logs = (job: Job): readonly string[] =>
    logLines > 0 ? (job.logs ?? []).slice(-logLines) : [];
  if (options.height !== undefined) {
    const live = layoutLive(jobs, { width, height: options.height, logLines });
    jobs = live.jobs;
    logs = (job) => live.logs.get(job) ?? [];
  }
  for (const job of jobs) {
    const line = jobLine(job, width);
    if (line === undefined) continue;
    out.push(options.color && job.completed && job.color ? job.color + line + RESET : line);
    // progressui prints a running step's log window right under its own line.
    for (const l of logs(job)) {
      const row = ` => => # ${l}`;
      out.push(options.color ? FAINT + row + RESET : row);
    }
  }
  return out.join('\n') + '\n';
}
