/**
 * `npm run bench`: runs every `tests/bench/*.bench.ts` (each exports `cases: BenchCase[]`)
 * and prints one table. Exits 1 if a median misses its target, so a regression is loud.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  formatBenchTable,
  runBench,
  type BenchCase,
  type BenchResult,
} from '../src/lib/bench/bench';

const dir = resolve(import.meta.dirname, '../tests/bench');
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const results: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { cases: BenchCase[] };
  for (const c of mod.cases) {
    if (filter && !c.name.includes(filter)) continue;
    results.push(runBench(c));
  }
}
console.log(formatBenchTable(results));
const missed = results.filter((r) => r.withinTarget === false);
if (missed.length > 0) {
  console.error(`\n${missed.length} benchmark(s) missed their target.`);
  process.exitCode = 1;
}
