import { describe, expect, it } from 'vitest';
import { checkBudgets, pageKind, type PageKind } from '../../../src/lib/audit/budgets';
import type { AuditRow } from '../../../src/lib/audit/summary';

const good: AuditRow = {
  page: '/lessons/02-multi-stage-builds/',
  formFactor: 'mobile',
  scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs: 1800,
  cls: 0.019,
  tbtMs: 30,
  jsGzipBytes: 30 * 1024,
  foreignOrigins: [],
  failing: [],
};
const misses = (row: Partial<AuditRow>, kind: PageKind = 'lesson') =>
  checkBudgets({ ...good, ...row }, kind)
    .filter((c) => !c.met)
    .map((c) => `${c.name}: ${c.detail}`);

describe('checkBudgets', () => {
  it('lists every check for a lesson on mobile, all met at their limits', () => {
    const checks = checkBudgets(good, 'lesson');
    expect(checks.map((c) => c.name)).toEqual([
      '/lessons/02-multi-stage-builds/ mobile performance',
      '/lessons/02-multi-stage-builds/ mobile accessibility',
      '/lessons/02-multi-stage-builds/ mobile best-practices',
      '/lessons/02-multi-stage-builds/ mobile seo',
      '/lessons/02-multi-stage-builds/ mobile CLS',
      '/lessons/02-multi-stage-builds/ mobile JS before interaction',
      '/lessons/02-multi-stage-builds/ mobile no third-party requests',
    ]);
    expect(checks.every((c) => c.met)).toBe(true);
  });

  it('holds mobile performance to 95, the playground to 85, and desktop to no floor', () => {
    expect(misses({ scores: { ...good.scores, performance: 94 } })).toEqual([
      '/lessons/02-multi-stage-builds/ mobile performance: 94 < 95',
    ]);
    expect(
      misses({ page: '/playground/', scores: { ...good.scores, performance: 85 } }, 'playground'),
    ).toEqual([]);
    expect(
      misses({ page: '/playground/', scores: { ...good.scores, performance: 84 } }, 'playground'),
    ).toEqual(['/playground/ mobile performance: 84 < 85']);
    expect(misses({ formFactor: 'desktop', scores: { ...good.scores, performance: 60 } })).toEqual(
      [],
    );
  });

  it('wants 100 in accessibility, best practices and SEO everywhere', () => {
    expect(
      misses(
        { formFactor: 'desktop', scores: { ...good.scores, accessibility: 98, seo: 92 } },
        'home',
      ),
    ).toEqual([
      '/lessons/02-multi-stage-builds/ desktop accessibility: 98 < 100',
      '/lessons/02-multi-stage-builds/ desktop seo: 92 < 100',
    ]);
  });

  it('fails CLS at 0.02 and above', () => {
    expect(misses({ cls: 0.02 })).toEqual([
      '/lessons/02-multi-stage-builds/ mobile CLS: 0.020 ≥ 0.02',
    ]);
  });

  it('limits script to 30 KiB gzip on lessons and references only', () => {
    expect(misses({ jsGzipBytes: 30 * 1024 + 1 }, 'reference')).toEqual([
      '/lessons/02-multi-stage-builds/ mobile JS before interaction: 30.0 KiB gzip > 30.0 KiB',
    ]);
    expect(misses({ jsGzipBytes: 200 * 1024 }, 'playground')).toEqual([]);
  });

  it('names every foreign origin requested', () => {
    expect(misses({ foreignOrigins: ['https://a.example', 'https://b.example'] }, 'home')).toEqual([
      '/lessons/02-multi-stage-builds/ mobile no third-party requests: requested https://a.example, https://b.example',
    ]);
  });
});

describe('pageKind', () => {
  it('gives lessons and reference pages the script budget, the playground its own floor', () => {
    expect(
      [
        '/',
        '/lessons/',
        '/lessons/02-multi-stage-builds/',
        '/reference/',
        '/reference/build/',
        '/playground/',
        '/practice/interview/',
      ].map(pageKind),
    ).toEqual(['home', 'other', 'lesson', 'other', 'reference', 'playground', 'other']);
  });
});
