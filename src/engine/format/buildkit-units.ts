/**
 * Byte sizes in BuildKit progress (tonistiigi/units `Bytes` printed with `%.2f`).
 *
 * - Below 1000 bytes the integer is printed with `B` and no decimals: `797B`, `2B`.
 * - Otherwise the value is divided by 1000 per unit and printed by big.Float with exactly two
 *   decimals: `39.23kB`, `2.10MB`. Trailing zeros are KEPT: captured plain-progress logs show
 *   `transferring dockerfile: 1.50kB done`, `3.00kB done`, `8.50kB done`.
 *   (Ground truth §2.14 says "trailing zeros dropped"; that contradicts both the source and
 *   these captures, so we follow the captures and report it.)
 */
import { goFormatF } from './go-float';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

export function buildkitBytes(bytes: number): string {
  const b = Math.trunc(bytes);
  let i = 0;
  let base = 1;
  // tonistiigi/units `floatValue`: step up while b >= next unit (handles negatives symmetrically).
  while (i < UNITS.length - 1 && Math.abs(b) >= base * 1000) {
    base *= 1000;
    i++;
  }
  if (i === 0) return `${b}B`;
  return goFormatF(b / base, 2) + UNITS[i]!;
}

/** The byte part of a BuildKit status line: `12.30MB / 45.60MB`, or just the current size. */
export function buildkitProgressBytes(current: number, total?: number): string {
  return total ? `${buildkitBytes(current)} / ${buildkitBytes(total)}` : buildkitBytes(current);
}
