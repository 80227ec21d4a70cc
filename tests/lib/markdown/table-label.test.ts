import { describe, expect, it } from 'vitest';
import { tableRegionLabel } from '../../../src/lib/markdown/table-label';

describe('table region labels', () => {
  it('names a table by its position and column headings', () => {
    expect(tableRegionLabel(2, ['Image', ' Uncompressed ', 'Compressed'])).toBe(
      'Table 2: Image, Uncompressed, Compressed',
    );
  });

  it('falls back to the position alone and stays short', () => {
    expect(tableRegionLabel(1, [])).toBe('Table 1');
    const long = tableRegionLabel(
      3,
      Array.from({ length: 40 }, (_, i) => `Column ${i}`),
    );
    expect(long.length).toBe(118);
    expect(long.endsWith('…')).toBe(true);
  });
});
