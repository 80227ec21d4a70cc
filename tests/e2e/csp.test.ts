/**
 * The Content Security Policy holds on every built page (issue 8). Each page carries Astro's
 * hash-based <meta> CSP; the browser here also receives the headers the container's server sends
 * (docker/server/headers.json), so the test sees what a visitor of the image sees. A violation is
 * caught twice: the `securitypolicyviolation` event (collected by an init script) and Chromium's
 * console message. Neither scripts nor styles may use 'unsafe-inline', and nothing 'unsafe-eval':
 * so beyond loading every page, the parts that write styles or code at run time are used here
 * (terminal, playground editor, theme toggle, quiz, practice cards, search).
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
      const where = `${file}:${e.lineNumber}`;
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${where}`);
    });
  });
  // On the context, not the page: once the offline worker controls the page it serves pages from
  // its precache, and only a context route also reaches the worker's own fetches, so the cached
  // copies carry the server's headers too, as they do for a visitor of the container.
  // The worker keeps precaching in the background; a fetch still in flight when the test closes
  // its page is abandoned, not an error (Playwright rejects it as "disposed").
  await page.context().route(`${baseUrl}/**`, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...serverHeaders } });
    } catch (error) {
      if (!/disposed|closed/i.test(String(error))) throw error;
    }
  });
  // Each call returns what happened since the previous one (the init script resets per page).
  const violations = async () => [
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    ...consoleViolations.splice(0),
  ];
  return { page, violations };
}

const UNSAFE = /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/;

/** Clicks the header's theme toggle and waits for <html data-theme> to follow. */
async function toggleTheme(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.locator('[data-theme-toggle]').first().click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
    .not.toBe(before);
}

describe('content security policy', () => {
  it('the server headers allow nothing unsafe either', () => {
    expect(serverHeaders['Content-Security-Policy']).not.toMatch(UNSAFE);
  });

  it('every page has a strict hash-based policy and reports no violation', async () => {
    const { page, violations } = await watchedPage();
    const found: string[] = [];
    for (const path of builtPages()) {
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      const csp = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(csp, path).not.toMatch(UNSAFE);
      // Styles: the site itself and the hashes of Astro's inline stylesheets, nothing else.
      const styleSrc = /(?:^|;)\s*style-src ([^;]*);/.exec(csp ?? '')?.[1] ?? '';
      expect(styleSrc.trim().split(/\s+/)[0], path).toBe("'self'");
      expect(styleSrc.trim().split(/\s+/).slice(1), path).toSatisfy((tokens: string[]) =>
        tokens.every((t) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(t)),
      );
      // Islands load near the viewport: scroll to the end so every one of them starts.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      for (const v of await violations()) found.push(`${path}: ${v}`);
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('code blocks follow the theme toggle through classes (Markdown and <Code>)', async () => {
    const { page, violations } = await watchedPage();
    // Light: github-light-default's keyword red; dark: github-dark-default's.
    const keywordColour = (selector: string) =>
      page
        .locator(`${selector} pre.astro-code[data-language=dockerfile] span`, { hasText: /^FROM$/ })
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    for (const [path, selector] of [
      ['/', '.hero-example'],
      ['/lessons/02-multi-stage-builds/', 'main'],
    ] as const) {
      await page.goto(baseUrl + path);
      await page.evaluate(() => localStorage.setItem('stagecraft:theme', 'light'));
      await page.reload();
      expect(await page.locator('pre.astro-code[style], pre.astro-code [style]').count()).toBe(0);
      expect(await keywordColour(selector), path).toBe('rgb(207, 34, 46)');
      await toggleTheme(page);
      expect(await keywordColour(selector), path).toBe('rgb(255, 123, 114)');
    }
    expect(await violations()).toEqual([]);
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

  it('a terminal answers, follows the theme and selects text, its CSS adopted, not inline', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(baseUrl + '/lessons/01-why-image-size-matters/');
    await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-terminal][data-state=ready]');
    await page.locator('[data-terminal] .xterm').click();
    await page.keyboard.type('docker images');
    await page.keyboard.press('Enter');
    const rows = page.locator('[data-terminal] .xterm-rows');
    await expect.poll(() => rows.innerText(), { timeout: 10_000 }).toMatch(/IMAGE\s+ID/);
    // xterm's three <style> elements became adopted sheets (src/lib/terminal/csp-styles.ts).
    expect(await page.locator('[data-terminal] .xterm style').count()).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBeGreaterThanOrEqual(3);

    // The rows take the theme's foreground (from an adopted sheet), in both themes.
    const colours = () =>
      page.evaluate(() => {
        const screen = document.querySelector('[data-terminal-screen]')!;
        const rowsEl = document.querySelector('[data-terminal] .xterm-rows')!;
        return [getComputedStyle(rowsEl).color, getComputedStyle(screen).color];
      });
    const [lightRows, lightScreen] = await colours();
    expect(lightRows).toBe(lightScreen);
    await toggleTheme(page);
    await expect.poll(async () => (await colours())[0]).not.toBe(lightRows);
    const [darkRows, darkScreen] = await colours();
    expect(darkRows).toBe(darkScreen);

    // Selecting text repaints cells with the selection colours.
    const box = (await rows.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('the playground editor and its terminal run without violations', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(baseUrl + '/playground/');
    await page.waitForSelector('[data-playground][data-state=ready]');
    await page.locator('[data-pg-editor] .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nRUN echo hi\nFROM');
    await page.keyboard.press('Control+Space');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-terminal][data-state=ready]');
    await page.locator('[data-terminal] .xterm').click();
    await page.keyboard.type('ls');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-terminal] .xterm-rows').innerText(), { timeout: 10_000 })
      .toContain('Dockerfile');
    await toggleTheme(page);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('a quiz answer and a practice card run without violations', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(baseUrl + '/lessons/02-multi-stage-builds/');
    await page.locator('[data-quiz]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-quiz][data-ready]');
    const form = page.locator('form[data-question]:has(input[type=radio])').first();
    await form.locator('input[type=radio]').first().check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await form
      .locator('[data-feedback]')
      .filter({ hasText: /Correct|Not quite/ })
      .waitFor();
    expect(await violations()).toEqual([]);

    await page.goto(baseUrl + '/practice/');
    await page.waitForSelector('[data-practice][data-ready]');
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
