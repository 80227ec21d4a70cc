import { describe, expect, it } from 'vitest';
import {
  medianRow,
  summarizeRun,
  type LhrLike,
  type RunSummary,
} from '../../../src/lib/audit/summary';

const origin = 'http://127.0.0.1:4321';

function lhr(overrides: { perf?: number; seo?: number; items?: unknown[] } = {}): LhrLike {
  return {
    categories: {
      performance: { score: overrides.perf ?? 0.97 },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast' }] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: {
        score: overrides.seo ?? 1,
        auditRefs: [{ id: 'meta-description' }, { id: 'hreflang' }],
      },
    },
    audits: {
      'largest-contentful-paint': { numericValue: 1234.5 },
      'cumulative-layout-shift': { numericValue: 0.004 },
      'total-blocking-time': { numericValue: 40 },
      'color-contrast': { title: 'Contrast is sufficient', score: 1 },
      'meta-description': {
        title: 'Document has a meta description',
        score: 0,
        details: { items: [{ node: { snippet: '<head>' } }, { url: `${origin}/x` }] },
      },
      hreflang: { title: 'hreflang is valid', score: null, scoreDisplayMode: 'notApplicable' },
      'network-requests': {
        details: {
          items: overrides.items ?? [
            { url: `${origin}/lessons/x/`, resourceType: 'Document' },
            { url: `${origin}/_astro/a.js`, resourceType: 'Script' },
            { url: `${origin}/_astro/a.js`, resourceType: 'Script' },
            { url: `${origin}/_astro/a.css`, resourceType: 'Stylesheet' },
            { url: 'data:image/svg+xml,<svg/>', resourceType: 'Image' },
            { url: 'https://fonts.gstatic.com/s/x.woff2', resourceType: 'Font' },
          ],
        },
      },
    },
  };
}

describe('summarizeRun', () => {
  it('reads scores as 0–100, the three lab metrics, and same-origin scripts once', () => {
    const run = summarizeRun(lhr(), origin);
    expect(run.scores).toEqual({
      performance: 97,
      accessibility: 100,
      'best-practices': 100,
      seo: 100,
    });
    expect([run.lcpMs, run.cls, run.tbtMs]).toEqual([1234.5, 0.004, 40]);
    expect(run.scripts).toEqual([`${origin}/_astro/a.js`]);
  });

  it('lists other origins and ignores data: URLs', () => {
    expect(summarizeRun(lhr(), origin).foreignOrigins).toEqual(['https://fonts.gstatic.com']);
  });

  it('names the failing audits of a category below 100, not the inapplicable ones', () => {
    expect(summarizeRun(lhr({ seo: 0.92 }), origin).failing).toEqual([
      'seo: Document has a meta description (<head> and 1 more)',
    ]);
  });
});

describe('medianRow', () => {
  const run = (
    perf: number,
    cls: number,
    scripts: string[],
    foreign: string[] = [],
  ): RunSummary => ({
    ...summarizeRun(lhr({ perf: perf / 100, items: [] }), origin),
    cls,
    scripts,
    foreignOrigins: foreign,
  });

  it('takes each figure as the median of the runs and sizes each run’s scripts', () => {
    const row = medianRow(
      '/',
      'mobile',
      [run(93, 0.01, ['a']), run(97, 0, ['a', 'b']), run(95, 0.03, ['a', 'b'])],
      (scripts) => scripts.length * 1000,
    );
    expect(row.scores.performance).toBe(95);
    expect(row.cls).toBe(0.01);
    expect(row.jsGzipBytes).toBe(2000);
  });

  it('keeps a foreign origin that only one run requested', () => {
    const row = medianRow(
      '/',
      'desktop',
      [run(99, 0, []), run(99, 0, [], ['https://x.example'])],
      () => 0,
    );
    expect(row.foreignOrigins).toEqual(['https://x.example']);
  });
});
