/**
 * "Run in terminal" buttons: real buttons named with their command, no xterm code until one
 * is pressed, and pressing one types the command into the lesson's terminal, runs it and
 * focuses the terminal.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';

const baseUrl = inject('baseUrl');
const LESSON = '/lessons/01-why-image-size-matters/';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => context?.close());

describe('run buttons', () => {
  it('type their command into the terminal, loading it only when pressed', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(baseUrl + LESSON);
    await page.waitForLoadState('networkidle');
    const button = page.locator('.run-button').first();
    const command = (await button.getAttribute('data-run-command'))!;
    expect(command).toMatch(/^docker /);
    const name = await button.evaluate((el) => el.textContent);
    expect(name).toContain(command);
    expect(scripts.some((s) => /terminal-island/.test(s))).toBe(false);

    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect.poll(() => scripts.some((s) => /terminal-island/.test(s))).toBe(true);
    const rows = page.locator('[data-terminal] .xterm-rows');
    await expect.poll(() => rows.innerText(), { timeout: 15_000 }).toContain(command);
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea')),
      )
      .toBe(true);
    await expect.poll(() => page.locator('[data-terminal-live]').textContent()).not.toBe('');
  });

  it('are left out of pages without a terminal', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('.run-button').count()).toBe(0);
  });
});
