/**
 * docker/go-units size formatting (ground truth §2.14): `HumanSizeWithPrecision`, `HumanSize`
 * and `BytesSize`. Used by `docker images`, `docker history` (precision 3) and the pull
 * progress bar (`HumanSize`, precision 4). No space between number and unit.
 */
import { goFormatG } from './go-float';

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] as const;

/** go-units `getSizeAndUnit`: divide while size >= base, stopping at the largest unit. */
function customSize(
  size: number,
  precision: number,
  base: number,
  units: readonly string[],
): string {
  let i = 0;
  const limit = units.length - 1;
  while (size >= base && i < limit) {
    size /= base;
    i++;
  }
  return goFormatG(size, precision) + units[i]!;
}

/**
 * `HumanSizeWithPrecision(size, precision)`: decimal units, `%.<precision>g`.
 * Quirk kept on purpose: 999.5–999.99 of a unit prints `1e+03MB`, as Docker does.
 */
export function humanSizeWithPrecision(size: number, precision: number): string {
  return customSize(size, precision, 1000, DECIMAL_UNITS);
}

/** `HumanSize(size)` = precision 4, e.g. `3.624MB` (pull progress). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** `BytesSize(size)`: binary units with `%.4g`, e.g. `1.5KiB`, `2MiB`. */
export function bytesSize(size: number): string {
  return customSize(size, 4, 1024, BINARY_UNITS);
}

/** The SIZE column of `docker images` / `docker history`: precision 3. */
export function imageSize(size: number): string {
  return humanSizeWithPrecision(size, 3);
}
