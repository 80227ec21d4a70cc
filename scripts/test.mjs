// `npm test`: every check a change must pass, in the order that fails fastest.
// typecheck → lint → unit tests → build → browser tests → Lighthouse audit, then one summary
// line ("tests: N passed, N failed, N skipped") that CI reads. Budget checks are not tests: the
// audit reports its own line ("audit: N of M budgets met"), and a missed budget fails the run
// and counts as one failure, as a failed typecheck, lint or build does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'stagecraft-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    // CI logs are read as text: no colour codes there (NO_COLOR is what Vitest honours).
    env: process.env.CI ? { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } : process.env,
  });
  console.log(
    `── ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

function vitest(project) {
  const file = join(reports, `${project}.json`);
  const ok = run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  } else if (!ok) {
    totals.failed += 1; // the runner itself failed before reporting
  }
  return ok;
}

function audit() {
  const file = join(reports, 'audit.json');
  const ok = run('audit', 'npx', ['tsx', 'scripts/audit.ts', '--json', file]);
  if (existsSync(file)) {
    const { checks } = JSON.parse(readFileSync(file, 'utf8'));
    const met = checks.filter((c) => c.met).length;
    auditLine = `audit: ${met} of ${checks.length} budgets met`;
  }
  return ok;
}

let auditLine;
const steps = [
  () => run('typecheck', 'npm', ['run', '-s', 'typecheck']),
  () => run('lint', 'npm', ['run', '-s', 'lint']),
  () => vitest('unit'),
  () => run('build', 'npm', ['run', '-s', 'build']),
  () => vitest('e2e'),
  audit,
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
if (!ok && totals.failed === 0) totals.failed = 1; // a failed typecheck, lint, build or audit counts
if (auditLine) console.log(`\n${auditLine}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
