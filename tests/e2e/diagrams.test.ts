import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { axeViolations, describeViolations } from '../helpers/axe';
import { versions } from '../../src/engine/index';

// The lesson pictures are built into the HTML: no script runs, so the checks read the DOM.
const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

async function tableRows(selector: string, nth = 0): Promise<string[][]> {
  return page
    .locator(selector)
    .nth(nth)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
    );
}

describe('lesson 2: the corrected Node.js build', () => {
  beforeAll(async () => {
    await page.goto(`${baseUrl}/lessons/02-multi-stage-builds/`);
  });

  it('draws the stages as an image with a summary', async () => {
    const svg = page.locator('[data-stage-diagram] svg[role="img"]');
    await expect(svg.count()).resolves.toBe(1);
    await expect(svg.getAttribute('aria-label')).resolves.toBe(
      `Stage diagram: 3 stages, target stage 2. deps starts from node:${versions.node.lts}. ` +
        `build starts from node:${versions.node.lts}. stage 2 starts from node:${versions.node.lts}-slim, ` +
        'copies /app/node_modules from deps and /app/build from build. Every stage is built.',
    );
    await expect(svg.locator('text').allTextContents()).resolves.toContain('/app/node_modules');
  });

  it('says the same in a table', async () => {
    await expect(tableRows('[data-stage-diagram]')).resolves.toEqual([
      ['deps', `node:${versions.node.lts}`, 'nothing', 'Yes'],
      ['build', `node:${versions.node.lts}`, 'nothing', 'Yes'],
      [
        'stage 2',
        `node:${versions.node.lts}-slim`,
        '/app/node_modules from deps; /app/build from build',
        'Yes, the target',
      ],
    ]);
  });
});

describe('lesson 3: --target skips stages', () => {
  it('greys out and tables the skipped stages', async () => {
    await page.goto(`${baseUrl}/lessons/03-multi-stage-in-depth/`);
    const diagrams = page.locator('[data-stage-diagram]');
    await expect(diagrams.count()).resolves.toBe(2);
    const skipped = await diagrams.nth(0).locator('g.box.skipped text.title').allTextContents();
    expect(skipped).toEqual(['test', 'debug']);
    const rows = await tableRows('[data-stage-diagram]', 1);
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['base', 'Yes'],
      ['stage1', 'No, skipped'],
      ['stage2', 'Yes, the target'],
    ]);
  });
});

describe('lesson 4: Go on distroless and the distroless family', () => {
  beforeAll(async () => {
    await page.goto(`${baseUrl}/lessons/04-distroless-images/`);
  });

  it('draws the Go build with its copy edge', async () => {
    const svg = page.locator('[data-stage-diagram] svg[role="img"]');
    await expect(svg.count()).resolves.toBe(1);
    await expect(svg.getAttribute('aria-label')).resolves.toContain('copies /out/myapp from build');
    await expect(tableRows('[data-stage-diagram]')).resolves.toEqual([
      ['build', `golang:${versions.go.current}`, 'nothing', 'Yes'],
      [
        'stage 1',
        `gcr.io/distroless/static-${versions.distroless.debianSuffix}:nonroot`,
        '/out/myapp from build',
        'Yes, the target',
      ],
    ]);
  });

  it('charts the family with a table of sizes from the catalog', async () => {
    const chart = page.locator('[data-size-chart]');
    await expect(chart.locator('[role="img"]').getAttribute('aria-label')).resolves.toMatch(
      /^Bar chart of image sizes: gcr\.io\/distroless\/static-debian13 2\.09MB/,
    );
    const rows = await tableRows('[data-size-chart]');
    const d = versions.distroless.debianSuffix;
    expect(rows.map((r) => r[0])).toEqual([
      `gcr.io/distroless/static-${d}`,
      `gcr.io/distroless/base-${d}`,
      `gcr.io/distroless/cc-${d}`,
      `gcr.io/distroless/nodejs${versions.distroless.nodejs}-${d}`,
      `gcr.io/distroless/python3-${d}`,
    ]);
    for (const r of rows) expect(r[1]).toMatch(/^\d+(\.\d+)?[kMG]?B$/);
    await expect(chart.locator('figcaption').textContent()).resolves.toContain(
      "Figures from the simulator's image catalog, checked 2026-11-26.",
    );
  });
});

describe('axe', () => {
  it.each([
    '01-why-image-size-matters',
    '02-multi-stage-builds',
    '03-multi-stage-in-depth',
    '04-distroless-images',
    '06-choosing-minimal-images',
  ])('finds no violations on lesson %s with the tables open', async (slug) => {
    const p = await browser.newPage();
    await p.goto(`${baseUrl}/lessons/${slug}/`);
    await p.evaluate(() =>
      document
        .querySelectorAll<HTMLDetailsElement>('figure details')
        .forEach((d) => (d.open = true)),
    );
    const violations = await axeViolations(p);
    await p.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
