/**
 * Turns Lighthouse results (the parts of an LHR we read) into one row per page and form
 * factor. Pure: the CLI passes the LHR objects and a way to size scripts.
 */
import { median } from './median';

export type FormFactor = 'mobile' | 'desktop';
export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof categoryIds)[number];

/** The subset of Lighthouse's result (LH.Result) that the audit reads. */
export interface LhrLike {
  readonly categories: Record<
    string,
    { readonly score: number | null; readonly auditRefs?: readonly { readonly id: string }[] }
  >;
  readonly audits: Record<
    string,
    {
      readonly id?: string;
      readonly title?: string;
      readonly score?: number | null;
      readonly scoreDisplayMode?: string;
      readonly numericValue?: number;
      readonly details?: unknown;
    }
  >;
}

export interface NetworkRequest {
  readonly url: string;
  readonly resourceType?: string;
}

/** One Lighthouse run, reduced to what the table and the budgets need. */
export interface RunSummary {
  readonly scores: Record<CategoryId, number>;
  readonly lcpMs: number;
  readonly cls: number;
  readonly tbtMs: number;
  /** Same-origin script URLs the page loaded without any interaction. */
  readonly scripts: readonly string[];
  /** Origins other than the site's that the page requested. */
  readonly foreignOrigins: readonly string[];
  /** "category: audit title" for every failing audit of a category below 100. */
  readonly failing: readonly string[];
}

export function networkRequests(lhr: LhrLike): NetworkRequest[] {
  const details = lhr.audits['network-requests']?.details as
    { items?: NetworkRequest[] } | undefined;
  return details?.items ?? [];
}

export function summarizeRun(lhr: LhrLike, siteOrigin: string): RunSummary {
  const scores = Object.fromEntries(
    categoryIds.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<CategoryId, number>;
  const requests = networkRequests(lhr);
  const foreign = new Set<string>();
  const scripts: string[] = [];
  for (const request of requests) {
    // data:, blob: and the like never leave the machine.
    if (!/^(https?|wss?):/.test(request.url)) continue;
    const origin = new URL(request.url).origin;
    if (origin !== siteOrigin) foreign.add(origin);
    else if (request.resourceType === 'Script') scripts.push(request.url);
  }
  return {
    scores,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    scripts: [...new Set(scripts)].sort(),
    foreignOrigins: [...foreign].sort(),
    failing: failingAudits(lhr),
  };
}

function failingAudits(lhr: LhrLike): string[] {
  const out: string[] = [];
  for (const id of categoryIds) {
    const category = lhr.categories[id];
    if (id === 'performance' || !category || category.score === 1) continue;
    for (const ref of category.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit && audit.scoreDisplayMode !== 'informative' && audit.score === 0) {
        const why = firstItem(audit.details);
        out.push(`${id}: ${audit.title ?? ref.id}${why ? ` (${why})` : ''}`);
      }
    }
  }
  return out;
}

/** The first thing a failing audit lists, so a miss says where to look. */
function firstItem(details: unknown): string | undefined {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items;
  const item = items?.[0];
  if (!item) return undefined;
  const node = item.node as { snippet?: string } | undefined;
  const text = [item.description, item.issueType, node?.snippet, item.url].find(
    (v): v is string => typeof v === 'string',
  );
  if (!text) return undefined;
  const more = items.length > 1 ? ` and ${items.length - 1} more` : '';
  return (text.length > 160 ? `${text.slice(0, 157)}...` : text) + more;
}

/** The table row for one page and form factor: the median of its runs. */
export interface AuditRow {
  readonly page: string;
  readonly formFactor: FormFactor;
  readonly scores: Record<CategoryId, number>;
  readonly lcpMs: number;
  readonly cls: number;
  readonly tbtMs: number;
  readonly jsGzipBytes: number;
  /** Any run's foreign request counts: one is enough to leak a visit. */
  readonly foreignOrigins: readonly string[];
  readonly failing: readonly string[];
}

export function medianRow(
  page: string,
  formFactor: FormFactor,
  runs: readonly RunSummary[],
  jsGzipBytes: (scripts: readonly string[]) => number,
): AuditRow {
  const of = (pick: (r: RunSummary) => number) => median(runs.map(pick));
  const scores = Object.fromEntries(
    categoryIds.map((id) => [id, of((r) => r.scores[id])]),
  ) as Record<CategoryId, number>;
  return {
    page,
    formFactor,
    scores,
    lcpMs: of((r) => r.lcpMs),
    cls: of((r) => r.cls),
    tbtMs: of((r) => r.tbtMs),
    jsGzipBytes: of((r) => jsGzipBytes(r.scripts)),
    foreignOrigins: [...new Set(runs.flatMap((r) => r.foreignOrigins))].sort(),
    failing: [...new Set(runs.flatMap((r) => r.failing))].sort(),
  };
}
