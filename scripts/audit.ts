/**
 * `npm run audit [-- /path/ …] [--runs N] [--json file]`: serves dist/ and runs Lighthouse
 * (from node_modules, no network) on each page, mobile and desktop, N times (default 3), then
 * prints one table of medians and exits 1 naming every missed budget (src/lib/audit/budgets.ts).
 * Run `npm run build` first. One Chrome serves every run: starting it costs seconds each time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { checkBudgets, pageKind } from '../src/lib/audit/budgets';
import {
  categoryIds,
  medianRow,
  summarizeRun,
  type AuditRow,
  type FormFactor,
  type LhrLike,
  type RunSummary,
} from '../src/lib/audit/summary';
import { formatAuditTable } from '../src/lib/audit/table';
import { chromiumFlags, findChromium } from '../tests/helpers/chromium';
import { repoRoot, startPreview } from '../tests/helpers/preview-server';

const defaultPages = [
  '/',
  '/lessons/02-multi-stage-builds/', // a lesson with a terminal
  '/reference/build/',
  '/playground/',
  '/practice/interview/',
];
const formFactors: readonly FormFactor[] = ['mobile', 'desktop'];

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
const jsonOut = option('--json');
// Page arguments (any built page) replace the default five.
const only = args.filter((a, i) => a.startsWith('/') && !args[i - 1]?.startsWith('--'));
const pages = only.length > 0 ? only : defaultPages;

// Gzip size of the dist/ file behind each same-origin script, as a static host would send it.
const distDir = join(repoRoot, 'dist');
const gzipCache = new Map<string, number>();
const gzipBytes = (url: string) => {
  const path = decodeURIComponent(new URL(url).pathname);
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(join(distDir, path))).length);
  return gzipCache.get(path)!;
};
const jsGzipBytes = (scripts: readonly string[]) => scripts.reduce((n, u) => n + gzipBytes(u), 0);

const started = Date.now();
let chrome: LaunchedChrome | undefined;
const server = await startPreview();
const cleanUp = async () => {
  chrome?.kill();
  await server.stop();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

const rows: AuditRow[] = [];
try {
  chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumFlags],
    handleSIGINT: false,
  });
  const origin = new URL(server.url).origin;
  for (const path of pages) {
    for (const formFactor of formFactors) {
      const summaries: RunSummary[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          server.url + path,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...categoryIds],
            // Screenshots score nothing and cost time on every run.
            disableFullPageScreenshot: true,
            skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
          },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError) {
          throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
        }
        summaries.push(summarizeRun(result.lhr as unknown as LhrLike, origin));
      }
      rows.push(medianRow(path, formFactor, summaries, jsGzipBytes));
      process.stderr.write(`audited ${path} ${formFactor} (${runs} runs)\n`);
    }
  }
} finally {
  await cleanUp();
}

const checks = rows.flatMap((row) => checkBudgets(row, pageKind(row.page)));
const missed = checks.filter((c) => !c.met);
const seconds = (Date.now() - started) / 1000;

console.log(formatAuditTable(rows));
console.log(
  `\n${checks.length - missed.length} of ${checks.length} budgets met in ${seconds.toFixed(0)} s`,
);
if (missed.length > 0) {
  console.error(`\n${missed.length} budget(s) missed:`);
  for (const miss of missed) console.error(`  ${miss.name}: ${miss.detail}`);
  const failing = [...new Set(rows.flatMap((r) => r.failing.map((f) => `${r.page}: ${f}`)))];
  if (failing.length > 0) console.error(`\nFailing Lighthouse audits:\n  ${failing.join('\n  ')}`);
  process.exitCode = 1;
}
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ rows, checks, seconds }, null, 2));
}
