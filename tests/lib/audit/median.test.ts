import { describe, expect, it } from 'vitest';
import { median } from '../../../src/lib/audit/median';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([97, 95, 96])).toBe(96);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([0.01, 0.03, 0.02, 0.04])).toBeCloseTo(0.025);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(new Error('median of no values'));
  });
});
