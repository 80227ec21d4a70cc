/**
 * docker/go-units `HumanDuration` (ground truth §2.14) and the `<d> ago` wrapper used by the
 * CREATED columns of `docker images`, `docker ps` and `docker history`.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** `HumanDuration(d)` for a duration in milliseconds. Negative durations read as < 1 s. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (!(seconds >= 1)) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  // Go: int(d.Hours() + 0.5)
  const hours = Math.trunc(ms / HOUR + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  // Go uses the unrounded hours here: int(d.Hours())/24/365
  return `${Math.trunc(Math.trunc(ms / HOUR) / 24 / 365)} years`;
}

/** `<HumanDuration> ago`, e.g. `2 days ago`, from two instants in milliseconds. */
export function timeAgo(thenMs: number, nowMs: number): string {
  return `${humanDuration(nowMs - thenMs)} ago`;
}

/**
 * The CREATED column of `docker images`. Distroless images are built reproducibly with
 * timestamp 0; recent Docker shows `N/A` for them (content ground truth, [DL-1482]).
 * `createdSeconds` is the image's Unix time in seconds, as the Engine API reports it.
 */
export function imageCreatedSince(createdSeconds: number, nowMs: number): string {
  // uncertain: the ground truth says recent Docker shows "N/A" for timestamp 0; we also treat
  // negative timestamps as N/A (docker/cli checks `Created <= 0` in newer releases, from memory).
  if (createdSeconds <= 0) return 'N/A';
  return timeAgo(createdSeconds * 1000, nowMs);
}
