import { describe, expect, it } from 'vitest';
import {
  barPercent,
  layerTableData,
  sizeChartData,
  sizeChartSummary,
  UnknownCatalogImageError,
} from '../../../src/lib/diagrams/index';
import { resolveImage, VERSIONS_CHECKED } from '../../../src/engine/index';

describe('barPercent', () => {
  it('scales to the largest size, to a tenth of a percent', () => {
    expect(barPercent(500, 1000)).toBe(50);
    expect(barPercent(1000, 1000)).toBe(100);
    expect(barPercent(1234, 10000)).toBe(12.3);
  });
  it('keeps a tiny non-zero bar visible and an empty one empty', () => {
    expect(barPercent(1, 1_000_000)).toBe(0.5);
    expect(barPercent(0, 1000)).toBe(0);
  });
});

describe('sizeChartData', () => {
  const refs = ['node:%%node.lts%%', 'node:%%node.lts%%-slim', 'node:22-slim'];
  const data = sizeChartData(refs);

  it('reads sizes from the catalog, replacing version tokens', () => {
    const full = resolveImage('node:24')!;
    expect(data.rows[0]).toMatchObject({
      reference: 'node:24',
      size: full.size,
      compressedSize: full.compressedSize,
      sizeText: '1.14GB',
      compressedText: '410MB',
      sizePercent: 100,
    });
    expect(data.rows[1]!.sizeText).toBe('233MB');
    expect(data.rows[1]!.sizePercent).toBe(20.4);
    expect(data.checked).toBe(VERSIONS_CHECKED);
  });

  it('marks estimates', () => {
    expect(data.rows.map((r) => r.estimate)).toEqual([true, true, false]);
    expect(data.anyEstimate).toBe(true);
  });

  it('summarises the chart for its accessible name', () => {
    expect(sizeChartSummary(sizeChartData(['node:22-slim']))).toBe(
      'Bar chart of image sizes: node:22-slim 227MB (79.9MB compressed).',
    );
  });

  it('fails the build naming an image the catalog lacks', () => {
    expect(() => sizeChartData(['node:%%node.lts%%', 'nodee:24'])).toThrow(
      UnknownCatalogImageError,
    );
    expect(() => sizeChartData(['nodee:24'])).toThrow(
      'SizeChart: no image "nodee:24" in the simulator\'s catalog. Check the reference and its version tokens, or add the image to src/engine/images/catalog/.',
    );
  });

  it('fails the build naming an invalid reference', () => {
    expect(() => sizeChartData(['Node:24'])).toThrow(UnknownCatalogImageError);
    expect(() => sizeChartData(['Node:24'])).toThrow(
      /^SizeChart: no image "Node:24" in the simulator's catalog \(/,
    );
  });
});

describe('layerTableData', () => {
  it('lists layers newest first with docker history sizes', () => {
    const data = layerTableData('node:%%node.lts%%-slim');
    expect(data.reference).toBe('node:24-slim');
    expect(data.rows[0]).toEqual({
      created: '2026-09-19',
      createdBy: 'CMD ["node"]',
      sizeText: '0B',
      size: 0,
      empty: true,
    });
    expect(data.rows.at(-1)!.sizeText).toBe('74.8MB');
    expect(data.totalText).toBe('233MB');
  });

  it('fails the build naming an unknown image', () => {
    expect(() => layerTableData('node:99')).toThrow(
      'LayerTable: no image "node:99" in the simulator\'s catalog. Check the reference and its version tokens, or add the image to src/engine/images/catalog/.',
    );
  });
});
