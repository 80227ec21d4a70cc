import { imageSize, VERSIONS_CHECKED } from '../../engine/index';
import { catalogImage } from './catalog-lookup';

/**
 * Bar-chart data for image sizes, from the simulator's catalog: the same numbers
 * `docker images` prints in the terminal, so the lesson and the simulator agree.
 */
export interface SizeRow {
  /** The reference as the lesson wrote it, tokens replaced. */
  readonly reference: string;
  /** Uncompressed bytes (`docker images` SIZE, classic store). */
  readonly size: number;
  /** Bytes a pull downloads. */
  readonly compressedSize: number;
  readonly sizeText: string;
  readonly compressedText: string;
  /** Bar lengths as a percentage of the largest uncompressed size. */
  readonly sizePercent: number;
  readonly compressedPercent: number;
  readonly estimate: boolean;
}

export interface SizeChartData {
  readonly rows: readonly SizeRow[];
  readonly checked: string;
  readonly anyEstimate: boolean;
}

/** Percent of `max`, rounded to 0.1, never below `min` for a non-zero size (a bar stays visible). */
export function barPercent(value: number, max: number, min = 0.5): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(min, Math.round((value / max) * 1000) / 10);
}

export function sizeChartData(references: readonly string[]): SizeChartData {
  if (references.length === 0) throw new Error('SizeChart: give at least one image reference.');
  const found = references.map((r) => catalogImage('SizeChart', r));
  const max = Math.max(...found.map((f) => f.image.size));
  const rows = found.map(({ reference, image }) => ({
    reference,
    size: image.size,
    compressedSize: image.compressedSize,
    sizeText: imageSize(image.size),
    compressedText: imageSize(image.compressedSize),
    sizePercent: barPercent(image.size, max),
    compressedPercent: barPercent(image.compressedSize, max),
    estimate: image.sizeSource === 'estimate',
  }));
  return { rows, checked: VERSIONS_CHECKED, anyEstimate: rows.some((r) => r.estimate) };
}

export function sizeChartSummary(data: SizeChartData): string {
  const parts = data.rows.map(
    (r) =>
      `${r.reference} ${r.sizeText} (${r.compressedText} compressed${r.estimate ? ', estimate' : ''})`,
  );
  return `Bar chart of image sizes: ${parts.join('; ')}.`;
}
