/**
 * BuildKit progress timing (ground truth §2.1, §2.2): `%.1fs` durations, the TTY header
 * `[+] Building 12.8s (22/22) FINISHED` right-padded to the terminal width, job lines with the
 * duration right-aligned, and the plain-mode log timestamps.
 */
import { goFormatF } from './go-float';

/** `%.1fs`, e.g. `0.0s` (anything under 0.05 s), `12.8s`, `71.9s`. */
export function buildkitDuration(seconds: number): string {
  return `${goFormatF(seconds, 1)}s`;
}

function runeLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** progressui `align(l, r, w)`: `%-*s %s` with l padded to w - len(r) - 1. */
function align(left: string, right: string, width: number): string {
  const pad = width - runeLength(right) - 1 - runeLength(left);
  return `${left}${pad > 0 ? ' '.repeat(pad) : ''} ${right}`;
}

export interface BuildHeaderOptions {
  readonly elapsedSeconds: number;
  readonly done: number;
  readonly total: number;
  /** True on the final frame, when every vertex is complete. */
  readonly finished: boolean;
  /** Builder descriptor such as `docker:default`; omitted → padded to the full width. */
  readonly descriptor?: string;
  /** Terminal width in columns (80 in the captures). */
  readonly width: number;
  /** `Building` unless the caller shows another phase. */
  readonly phase?: string;
}

/** The TTY header line (uncoloured), exactly `width - 1` wide with a descriptor. */
export function buildHeader(o: BuildHeaderOptions): string {
  const status = o.finished ? 'FINISHED' : '';
  const text = `[+] ${o.phase ?? 'Building'} ${goFormatF(o.elapsedSeconds, 1)}s (${o.done}/${o.total}) ${status}`;
  return o.descriptor ? align(text, o.descriptor, o.width - 1) : align(text, '', o.width);
}

/**
 * One ` => name   0.0s` job line, exactly `width - 1` wide. The name is cut without an
 * ellipsis to `width - 4 - (len(" " + duration) + 1) - 1` runes (the +1 is the newline that is
 * part of the timer string in progressui), e.g. 69 at 80 columns for a 4-character duration.
 * `text` is everything after ` => ` (prefixes such as `CACHED ` or `=> ` included).
 */
export function buildJobLine(text: string, seconds: number, width: number): string {
  const timer = ` ${buildkitDuration(seconds)}`;
  const room = width - 4 - (runeLength(timer) + 1) - 1;
  const chars = Array.from(text);
  const name = chars.length > room ? chars.slice(0, Math.max(room, 0)).join('') : text;
  return align(` => ${name}`, timer.slice(1), width - 1);
}

/**
 * Plain-mode log-line timestamp: seconds since the vertex started, 3 decimals under 10 s,
 * 2 under 100 s, 1 otherwise (`#8 0.774 Get:1 …`).
 */
export function buildkitLogTimestamp(seconds: number): string {
  if (seconds < 10) return goFormatF(seconds, 3);
  if (seconds < 100) return goFormatF(seconds, 2);
  return goFormatF(seconds, 1);
}
