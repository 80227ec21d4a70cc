import { describe, expect, it } from 'vitest';
import {
  humanDuration,
  imageCreatedSince,
  timeAgo,
} from '../../../src/engine/format/human-duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration (go-units)', () => {
  it.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [-5 * S, 'Less than a second'],
    [1 * S, '1 second'],
    [1999, '1 second'],
    [2 * S, '2 seconds'],
    [22 * S, '22 seconds'],
    [23 * S, '23 seconds'],
    [59 * S, '59 seconds'],
    [60 * S, 'About a minute'],
    [119 * S, 'About a minute'],
    [2 * M, '2 minutes'],
    [16 * M, '16 minutes'],
    [59 * M, '59 minutes'],
    [60 * M, 'About an hour'],
    [89 * M, 'About an hour'],
    [90 * M, '2 hours'],
    [47 * H, '47 hours'],
    [47 * H + 31 * M, '2 days'], // rounds to 48 hours
    [2 * D, '2 days'],
    [3 * D, '3 days'],
    [13 * D, '13 days'],
    [14 * D, '2 weeks'],
    [21 * D, '3 weeks'],
    [59 * D, '8 weeks'],
    [60 * D, '2 months'],
    [364 * D, '12 months'],
    [729 * D, '24 months'],
    [730 * D, '2 years'],
    [5 * 365 * D, '5 years'],
    [51 * 365 * D + 20 * D, '51 years'],
  ])('%d ms → %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('CREATED columns', () => {
  it('appends ago', () => {
    expect(timeAgo(0, 2 * D)).toBe('2 days ago');
    expect(timeAgo(1000, 24 * S)).toBe('23 seconds ago');
    expect(timeAgo(0, 16 * M)).toBe('16 minutes ago');
  });

  it('shows N/A for epoch-0 (reproducible distroless) images', () => {
    expect(imageCreatedSince(0, 1_800_000_000_000)).toBe('N/A');
    expect(imageCreatedSince(1_700_000_000, 1_700_000_000_000 + 3 * D)).toBe('3 days ago');
  });
});
