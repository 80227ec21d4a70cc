/**
 * Deterministic time and randomness for the simulator. Simulated durations (a RUN step taking
 * 11.8 s, a pull taking 2.3 s) must be the same for the same inputs on every run, in tests and
 * in the browser, so nothing here reads the real clock or Math.random.
 */

/** 32-bit FNV-1a hash of a string: a stable seed from any text. */
export function seedFromString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast, good enough for simulation (not for security). */
export function createRng(seed: string | number): Rng {
  let a = typeof seed === 'number' ? seed >>> 0 : seedFromString(seed);
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * A duration in [minMs, maxMs], a pure function of `key` (e.g. `"run:npm ci:<cache key>"`).
 * Rounded to whole milliseconds so printed values never depend on float noise.
 */
export function simulatedDurationMs(key: string, minMs: number, maxMs: number): number {
  return Math.round(minMs + createRng(key).next() * (maxMs - minMs));
}

/** A manual clock: time only moves when the simulator advances it. */
export class SimClock {
  private current: number;

  constructor(startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): number {
    if (ms > 0) this.current += ms;
    return this.current;
  }
}
