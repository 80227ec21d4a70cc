/**
 * The Content Security Policy holds on every built page (issue 8). Each page carries Astro's
 * hash-based <meta> CSP; the browser here also receives the headers the container's server sends
 * (docker/server/headers.json), so the test sees what a visitor of the image sees. A violation is
 * caught twice: the `securitypolicyviolation` event (collected by an init script) and Chromium's
 * console message. Search (Pagefind: dynamic import + WebAssembly) and a terminal must still work.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { builtPages } from '../helpers/site-pages';

const baseUrl = inject('baseUrl');
const serverHeaders = JSON.parse(readFileSync('docker/server/headers.json', 'utf8')) as Readonly<
  Record<string, string>
>;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records CSP violations and is served with the container's headers. */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  const consoleViolations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) consoleViolations.push(msg.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const file = e.sourceFile.replace(/^.*\/_astro\//, '/_astro/');
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${file}`);
    });
  });
  await page.route(`${baseUrl}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...serverHeaders } });
  });
  // Each call returns what happened since the previous one (the init script resets per page).
  const violations = async () => [
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    ...consoleViolations.splice(0),
  ];
  return { page, violations };
}

describe('content security policy', () => {
  it('every page has a hash-based script CSP without unsafe-inline or unsafe-eval', async () => {
    const { page } = await watchedPage();
    for (const path of builtPages()) {
      await page.goto(baseUrl + path);
      const csp = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(csp, path).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
      // Styles are the one exception (Shiki's token colours, xterm.js): see astro.config.mjs.
      expect(csp, path).toMatch(/style-src 'self' 'unsafe-inline'/);
    }
    await page.close();
  });

  it('no page reports a violation', async () => {
    const { page, violations } = await watchedPage();
    const found: string[] = [];
    for (const path of builtPages()) {
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      // Islands load near the viewport: scroll to the end so every one of them starts.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      for (const v of await violations()) found.push(`${path}: ${v}`);
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('search still works: Pagefind loads its script and WebAssembly', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(baseUrl + '/search/?q=immutable');
    await page
      .locator('[data-search-results] a[href*="/lessons/01-why-image-size-matters/"]')
      .first()
      .waitFor();
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('a terminal still loads and answers', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(baseUrl + '/lessons/01-why-image-size-matters/');
    await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-terminal][data-state=ready]');
    await page.locator('[data-terminal] .xterm').click();
    await page.keyboard.type('docker images');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-terminal] .xterm-rows').innerText(), { timeout: 10_000 })
      .toMatch(/IMAGE\s+ID/);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
