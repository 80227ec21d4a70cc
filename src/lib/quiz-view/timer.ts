/**
 * What the mock-interview timer says to screen readers. The visible clock ticks every
 * second, but announcing it would drown everything else, so the polite live region only
 * speaks at a few milestones: half time, 5 minutes, 1 minute and time up.
 */
const MILESTONES_MS = [5 * 60_000, 60_000];

export function clockText(remainingMs: number): string {
  const total = Math.ceil(Math.max(0, remainingMs) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * The milestone crossed between two readings of the remaining time, or null. `durationMs`
 * gives the half-time mark. Readings can skip (a background tab): the latest one crossed wins.
 */
export function milestoneCrossed(
  durationMs: number,
  beforeMs: number,
  afterMs: number,
): string | null {
  if (afterMs <= 0 && beforeMs > 0) return 'Time is up.';
  const marks = [durationMs / 2, ...MILESTONES_MS].filter((m) => m < durationMs);
  const crossed = marks.filter((m) => beforeMs > m && afterMs <= m);
  if (!crossed.length) return null;
  const mark = Math.min(...crossed);
  const minutes = Math.round(mark / 60_000);
  return `${minutes} minute${minutes === 1 ? '' : 's'} left.`;
}
