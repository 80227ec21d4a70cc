/** One plain-text table for the whole audit, the way `npm run bench` prints its results. */
import { formatCls, formatKiB } from './budgets';
import type { AuditRow } from './summary';

const header = [
  'page',
  'form',
  'perf',
  'a11y',
  'best',
  'seo',
  'LCP ms',
  'CLS',
  'TBT ms',
  'JS gz KiB',
];

export function formatAuditTable(rows: readonly AuditRow[]): string {
  const cells = rows.map((r) => [
    r.page,
    r.formFactor,
    String(r.scores.performance),
    String(r.scores.accessibility),
    String(r.scores['best-practices']),
    String(r.scores.seo),
    String(Math.round(r.lcpMs)),
    formatCls(r.cls),
    String(Math.round(r.tbtMs)),
    formatKiB(r.jsGzipBytes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  // Text columns read left to right; numbers line up on the right.
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
