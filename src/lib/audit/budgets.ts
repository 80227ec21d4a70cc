/**
 * The performance budgets of issue #8. Every check is listed, met or not, so the CLI can
 * count them and name each miss. Budgets are only ever raised, never lowered to pass.
 */
import type { AuditRow, CategoryId } from './summary';

export type PageKind = 'home' | 'lesson' | 'reference' | 'playground' | 'other';

export interface BudgetCheck {
  /** e.g. "/playground/ mobile performance". */
  readonly name: string;
  readonly met: boolean;
  /** What was measured against what was allowed, e.g. "82 < 85". */
  readonly detail: string;
}

/** Which budgets a path gets, so `npm run audit -- /any/page/` works for every built page. */
export function pageKind(path: string): PageKind {
  if (path === '/') return 'home';
  if (path.startsWith('/lessons/') && path !== '/lessons/') return 'lesson';
  if (path.startsWith('/reference/') && path !== '/reference/') return 'reference';
  if (path.startsWith('/playground/')) return 'playground';
  return 'other';
}

/** Mobile performance floor: the playground ships an editor, so it gets a lower one. */
export function performanceFloor(kind: PageKind): number {
  return kind === 'playground' ? 85 : 95;
}
export const clsCeiling = 0.02;
/** Script loaded before any interaction, gzip, on pages that are mostly reading. */
export const jsBudgetBytes = 30 * 1024;
const jsBudgetKinds: readonly PageKind[] = ['lesson', 'reference'];
const perfectCategories: readonly CategoryId[] = ['accessibility', 'best-practices', 'seo'];

export function checkBudgets(row: AuditRow, kind: PageKind): BudgetCheck[] {
  const at = `${row.page} ${row.formFactor}`;
  const checks: BudgetCheck[] = [];
  const check = (what: string, met: boolean, detail: string) =>
    checks.push({ name: `${at} ${what}`, met, detail });

  if (row.formFactor === 'mobile') {
    const floor = performanceFloor(kind);
    const score = row.scores.performance;
    check('performance', score >= floor, `${score} ${score >= floor ? '≥' : '<'} ${floor}`);
  }
  for (const id of perfectCategories) {
    const score = row.scores[id];
    check(id, score === 100, `${score} ${score === 100 ? '=' : '<'} 100`);
  }
  const cls = row.cls;
  check('CLS', cls < clsCeiling, `${formatCls(cls)} ${cls < clsCeiling ? '<' : '≥'} ${clsCeiling}`);
  if (jsBudgetKinds.includes(kind)) {
    const met = row.jsGzipBytes <= jsBudgetBytes;
    check(
      'JS before interaction',
      met,
      `${formatKiB(row.jsGzipBytes)} KiB gzip ${met ? '≤' : '>'} ${formatKiB(jsBudgetBytes)} KiB`,
    );
  }
  const foreign = row.foreignOrigins;
  check(
    'no third-party requests',
    foreign.length === 0,
    foreign.length === 0 ? 'none' : `requested ${foreign.join(', ')}`,
  );
  return checks;
}

export function formatKiB(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export function formatCls(cls: number): string {
  return cls.toFixed(3);
}
