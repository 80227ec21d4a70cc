import { goFormatF } from '../go-float';

/** Seconds since the vertex started: 3 decimals under 10 s, 2 under 100 s, else 1 (§2.2). */
export function logTimestamp(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  return goFormatF(s, s < 10 ? 3 : s < 100 ? 2 : 1);
}
