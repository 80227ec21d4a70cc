import { imageSize } from '../../engine/index';
import { catalogImage } from './catalog-lookup';

/** One `docker history` row for the lesson table: newest layer first, as Docker prints. */
export interface LayerRow {
  /** Creation date, YYYY-MM-DD (a static page cannot say "2 months ago" truthfully). */
  readonly created: string;
  readonly createdBy: string;
  readonly sizeText: string;
  readonly size: number;
  /** Metadata-only step (ENV, CMD…): no filesystem change. */
  readonly empty: boolean;
}

export interface LayerTableData {
  readonly reference: string;
  readonly rows: readonly LayerRow[];
  readonly totalText: string;
}

export function layerTableData(reference: string): LayerTableData {
  const { reference: ref, image } = catalogImage('LayerTable', reference);
  const rows = [...image.history].reverse().map((h) => ({
    created: h.created.slice(0, 10),
    createdBy: h.createdBy,
    sizeText: imageSize(h.size),
    size: h.size,
    empty: h.emptyLayer,
  }));
  return { reference: ref, rows, totalText: imageSize(image.size) };
}
