import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../src/lib/audit/summary';
import { formatAuditTable } from '../../../src/lib/audit/table';

const row = (page: string, formFactor: 'mobile' | 'desktop', perf: number): AuditRow => ({
  page,
  formFactor,
  scores: { performance: perf, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs: 1834.4,
  cls: 0.0123,
  tbtMs: 12.6,
  jsGzipBytes: 12_345,
  foreignOrigins: [],
  failing: [],
});

describe('formatAuditTable', () => {
  it('prints one aligned row per page and form factor', () => {
    expect(formatAuditTable([row('/', 'mobile', 96), row('/playground/', 'desktop', 100)])).toBe(
      [
        'page          form     perf  a11y  best  seo  LCP ms    CLS  TBT ms  JS gz KiB',
        '------------  -------  ----  ----  ----  ---  ------  -----  ------  ---------',
        '/             mobile     96   100   100  100    1834  0.012      13       12.1',
        '/playground/  desktop   100   100   100  100    1834  0.012      13       12.1',
      ].join('\n'),
    );
  });
});
