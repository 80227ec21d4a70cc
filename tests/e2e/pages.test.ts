import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { builtPages } from '../helpers/site-pages';
import { watchPage } from '../helpers/page-watch';
import { axeViolations, describeViolations } from '../helpers/axe';
import { layoutShift, throttleCpu, watchLayoutShift } from '../helpers/layout-shift';

const baseUrl = inject('baseUrl');
// Every page the build produced, not a hand-picked list.
const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('every built page in the %s theme', (colorScheme) => {
  it.each(pages)('%s loads cleanly and has no axe violations', async (path) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems = watchPage(page, baseUrl);
    const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    const violations = await axeViolations(page);
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('missing pages', () => {
  it('answer 404 with a page that helps the learner on', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/lessons/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it.each(pages.filter((p) => p === '/' || p.startsWith('/lessons/')))(
    '%s is readable as plain HTML',
    async (path) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(baseUrl + path);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(path === '/' ? 300 : 2000);
      // The course menu stays open when the script that folds it cannot run.
      if (path !== '/') expect(await page.locator('.sidebar-content').isVisible()).toBe(true);
      await context.close();
    },
  );
});

describe('at 360 px wide', () => {
  it.each(pages)('%s does not scroll sideways', async (path) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      // Wide tables and code scroll inside their own box; nothing else may stick out.
      culprits: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((el) => !el.closest('pre, .table-scroll, .visually-hidden, .skip-link'))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    }));
    await page.close();
    expect(overflow.culprits).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  });
});

describe('layout stability on a slow machine', () => {
  // A slow CPU makes Chromium paint long pages before it has parsed their end (the table of
  // contents); the page must not move when the rest arrives. Throttling makes that first,
  // partial paint happen every time rather than only on a loaded CI machine.
  const sample = [
    ...pages.filter((p) => /^\/lessons\/[^/]+\/$/.test(p)),
    ...pages.filter((p) => /^\/reference\/[^/]+\/$/.test(p)).slice(0, 3),
  ];
  it.each(sample.flatMap((path) => [390, 1280].map((width) => [path, width] as const)))(
    '%s loads without layout shift at %i px',
    async (path, width) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await throttleCpu(context, page);
      await watchLayoutShift(page);
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      const cls = await layoutShift(page);
      await context.close();
      expect(cls).toBeLessThan(0.01);
    },
  );

  // Islands that swap a server-drawn placeholder for the real thing (flashcards, the interview
  // form, the playground's editor and terminal) must not move anything either: measured until
  // the island says it is done, on a phone and a desktop, with the terminal scrolled to.
  const islands: [string, string][] = [
    ['/practice/', '[data-practice][data-ready]'],
    ['/practice/interview/', '[data-interview][data-ready]'],
    ['/playground/', '[data-playground][data-state=ready]'],
  ];
  const sizes = [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ];
  it.each(islands.flatMap(([path, ready]) => sizes.map((size) => [path, ready, size] as const)))(
    '%s swaps in its island without layout shift (%s, %o)',
    async (path, ready, viewport) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await throttleCpu(context, page);
      await watchLayoutShift(page);
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      await page.waitForSelector(ready, { timeout: 30_000 });
      if (path === '/playground/') {
        // Scrolling is not input: a shift while the terminal loads would still count.
        await page.evaluate(() => document.querySelector('[data-terminal]')!.scrollIntoView());
        await page.waitForSelector('[data-terminal][data-state=ready]', { timeout: 30_000 });
      }
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))),
      );
      const cls = await layoutShift(page);
      await context.close();
      expect(cls).toBeLessThan(0.01);
    },
  );
});
