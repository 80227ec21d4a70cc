import { describe, expect, it } from 'vitest';
import {
  createRng,
  seedFromString,
  SimClock,
  simulatedDurationMs,
} from '../../../src/engine/format/clock';

describe('deterministic clock and randomness', () => {
  it('hashes strings stably (FNV-1a)', () => {
    expect(seedFromString('')).toBe(0x811c9dc5);
    expect(seedFromString('a')).toBe(0xe40c292c);
  });

  it('gives the same sequence for the same seed and different ones otherwise', () => {
    const a = createRng('build:myapp');
    const b = createRng('build:myapp');
    const c = createRng('build:other');
    const seqA = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(seqA);
    expect(c.next()).not.toBe(seqA[0]);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('keeps int and pick within bounds', () => {
    const r = createRng(42);
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      expect(['x', 'y']).toContain(r.pick(['x', 'y']));
    }
  });

  it('simulates durations as a pure function of the key', () => {
    const d = simulatedDurationMs('RUN npm ci', 5000, 15000);
    expect(simulatedDurationMs('RUN npm ci', 5000, 15000)).toBe(d);
    expect(d >= 5000 && d <= 15000 && Number.isInteger(d)).toBe(true);
  });

  it('only moves when advanced', () => {
    const clock = new SimClock(1_000);
    expect(clock.now()).toBe(1_000);
    expect(clock.advance(250)).toBe(1_250);
    expect(clock.advance(-5)).toBe(1_250);
  });
});
