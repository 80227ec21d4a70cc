import { describe, expect, it } from 'vitest';
import { buildkitBytes, buildkitProgressBytes } from '../../../src/engine/format/buildkit-units';

describe('buildkitBytes (tonistiigi/units %.2f)', () => {
  // Ground truth §2.1, §2.2, §2.14 examples.
  it.each([
    [797, '797B'],
    [408, '408B'],
    [2, '2B'],
    [111, '111B'],
    [59, '59B'],
    [187, '187B'],
    [512, '512B'],
    [1230, '1.23kB'],
    [39_230, '39.23kB'],
    [39_290, '39.29kB'],
    [7120, '7.12kB'],
    [9_980_000, '9.98MB'],
    [371_160_000, '371.16MB'],
  ])('%d → %s', (n, text) => expect(buildkitBytes(n)).toBe(text));

  it('keeps trailing zeros, as captured logs show (1.50kB, 3.00kB, 8.50kB)', () => {
    expect(buildkitBytes(1500)).toBe('1.50kB');
    expect(buildkitBytes(3000)).toBe('3.00kB');
    expect(buildkitBytes(8500)).toBe('8.50kB');
    expect(buildkitBytes(2_100_000)).toBe('2.10MB');
  });

  it.each([
    [0, '0B'],
    [999, '999B'],
    [1000, '1.00kB'],
    [999_995, '1000.00kB'], // stays in kB below 1e6 bytes; %.2f then rounds up
    [1_000_000_000, '1.00GB'],
  ])('edge %d → %s', (n, text) => expect(buildkitBytes(n)).toBe(text));

  it('formats cur / total', () => {
    expect(buildkitProgressBytes(9_980_000, 9_980_000)).toBe('9.98MB / 9.98MB');
    expect(buildkitProgressBytes(408)).toBe('408B');
  });
});
