import { describe, expect, it } from 'vitest';
import {
  bytesSize,
  humanSize,
  humanSizeWithPrecision,
  imageSize,
} from '../../../src/engine/format/human-size';

describe('humanSizeWithPrecision(size, 3) — docker images / history SIZE', () => {
  // Every example value in ground truth §2.7, §2.13, §2.14.
  it.each([
    [0, '0B'],
    [512, '512B'],
    [20_400, '20.4kB'],
    [27_400_000, '27.4MB'],
    [5_530_000, '5.53MB'],
    [142_000_000, '142MB'],
    [1_090_000_000, '1.09GB'],
    [4_780_000, '4.78MB'],
    [1_710_000_000, '1.71GB'],
    [433_000_000, '433MB'],
  ])('%d → %s', (size, text) => {
    expect(humanSizeWithPrecision(size, 3)).toBe(text);
    expect(imageSize(size)).toBe(text);
  });

  it.each([
    [999, '999B'],
    [1000, '1kB'],
    [1001, '1kB'],
    [1500, '1.5kB'],
    [25_900, '25.9kB'],
    [227_000_000, '227MB'],
    [1_130_000_000, '1.13GB'],
    [1_000_000_000, '1GB'],
    // Go rounds exact ties to even: 1.125 → 1.12, 1.135 is not exact in binary.
    [1125, '1.12kB'],
    [1135, '1.14kB'],
    [12_345_678, '12.3MB'],
  ])('edge %d → %s', (size, text) => {
    expect(humanSizeWithPrecision(size, 3)).toBe(text);
  });

  it('keeps the 999.5-unit quirk: 1e+03', () => {
    expect(humanSizeWithPrecision(999_500, 3)).toBe('1e+03kB');
    expect(humanSizeWithPrecision(999_990_000, 3)).toBe('1e+03MB');
    expect(humanSizeWithPrecision(999_499, 3)).toBe('999kB');
  });

  it('stops at the largest unit', () => {
    expect(humanSizeWithPrecision(1e27, 3)).toBe('1e+03YB');
  });
});

describe('humanSize (precision 4) and bytesSize', () => {
  it('formats the pull progress sizes', () => {
    expect(humanSize(3_624_000)).toBe('3.624MB');
    expect(humanSize(1125)).toBe('1.125kB');
    expect(humanSize(0)).toBe('0B');
  });

  it('uses binary units for bytesSize', () => {
    expect(bytesSize(0)).toBe('0B');
    expect(bytesSize(1023)).toBe('1023B');
    expect(bytesSize(1024)).toBe('1KiB');
    expect(bytesSize(1536)).toBe('1.5KiB');
    expect(bytesSize(1024 * 1024 * 2)).toBe('2MiB');
    expect(bytesSize(1_073_741_824)).toBe('1GiB');
  });
});
