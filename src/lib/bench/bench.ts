/**
 * A tiny benchmark runner. Vitest's `bench` prints per-file tables; the issues ask for one
 * table of every engine benchmark (median, min, max) with targets, so this stays ours.
 */
export interface BenchCase {
  /** What is measured, e.g. "parse + checks: 40-line multi-stage Dockerfile". */
  readonly name: string;
  /** The target for the median, in milliseconds, if it sets one. */
  readonly targetMs?: number;
  /** Prepares inputs once; its time is not measured. */
  readonly setup?: () => unknown;
  /** The measured work. Receives what setup returned. */
  readonly run: (input: unknown) => unknown;
}

export interface BenchResult {
  readonly name: string;
  readonly samples: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly targetMs?: number;
  readonly withinTarget?: boolean;
}

export interface BenchOptions {
  /** Stop sampling a case after this many milliseconds… */
  readonly budgetMs?: number;
  /** …or after this many samples, whichever comes first. */
  readonly maxSamples?: number;
  readonly minSamples?: number;
}

// Keeps the optimiser from discarding results of pure functions.
let sink: unknown;

export function runBench(bench: BenchCase, options: BenchOptions = {}): BenchResult {
  const { budgetMs = 2000, maxSamples = 200, minSamples = 5 } = options;
  const input = bench.setup?.();
  for (let i = 0; i < 3; i++) sink = bench.run(input); // warm-up: JIT and caches
  const times: number[] = [];
  const started = performance.now();
  while (
    times.length < minSamples ||
    (times.length < maxSamples && performance.now() - started < budgetMs)
  ) {
    const t0 = performance.now();
    sink = bench.run(input);
    times.push(performance.now() - t0);
  }
  void sink;
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const medianMs = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  const result: BenchResult = {
    name: bench.name,
    samples: times.length,
    medianMs,
    minMs: times[0]!,
    maxMs: times[times.length - 1]!,
  };
  return bench.targetMs === undefined
    ? result
    : { ...result, targetMs: bench.targetMs, withinTarget: medianMs <= bench.targetMs };
}

export function formatBenchTable(results: readonly BenchResult[]): string {
  const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2));
  const rows = results.map((r) => [
    r.name,
    fmt(r.medianMs),
    fmt(r.minMs),
    fmt(r.maxMs),
    String(r.samples),
    r.targetMs === undefined ? '-' : `< ${r.targetMs} ${r.withinTarget ? 'ok' : 'MISSED'}`,
  ]);
  const header = ['benchmark', 'median ms', 'min ms', 'max ms', 'runs', 'target ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
