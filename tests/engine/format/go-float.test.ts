import { describe, expect, it } from 'vitest';
import { goFormatF, goFormatG } from '../../../src/engine/format/go-float';

describe('goFormatG matches Go %.Ng', () => {
  it.each([
    [0, 3, '0'],
    [1, 3, '1'],
    [1.1, 3, '1.1'],
    [100, 3, '100'],
    [999.5, 3, '1e+03'],
    [0.0001234, 3, '0.000123'],
    [0.00001234, 3, '1.23e-05'],
    [123456, 3, '1.23e+05'],
    [-2.5, 3, '-2.5'],
    [0.125, 2, '0.12'],
    [0.375, 2, '0.38'],
    [2.5, 1, '2'],
    [3.5, 1, '4'],
  ])('%d with precision %d → %s', (x, p, text) => {
    expect(goFormatG(x, p)).toBe(text);
  });
});

describe('goFormatF matches Go %.Nf', () => {
  it.each([
    [0, 1, '0.0'],
    [0.049, 1, '0.0'],
    [0.05, 1, '0.1'], // 0.05 is slightly above 0.05 in binary
    [0.25, 1, '0.2'], // exact tie → even
    [0.35, 1, '0.3'], // 0.35 is slightly below in binary
    [12.8, 1, '12.8'],
    [71.94, 1, '71.9'],
    [99.99, 1, '100.0'],
    [2.1, 2, '2.10'],
    [0.774, 3, '0.774'],
    [-1.5, 0, '-2'],
  ])('%d with precision %d → %s', (x, p, text) => {
    expect(goFormatF(x, p)).toBe(text);
  });
});
