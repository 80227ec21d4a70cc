/**
 * A guided scenario in a lesson (01's inspect-images): typing a step's commands marks it done
 * and saves it (still done after a reload), Show me types the next step's solution, Reset
 * asks first and then starts over, and the panel is axe-clean with a hint and the reset
 * question open.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { versions } from '../../src/engine';
import { axeViolations, describeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';

const baseUrl = inject('baseUrl');
const LESSON = '/lessons/01-why-image-size-matters/';
const NODE = versions.node.previousLts;
const root = '[data-terminal][data-scenario="01-why-image-size-matters/inspect-images"]';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => context?.close());

/** The site's CSP stays on: axe runs through page.evaluate, which CSP does not block. */
async function open(): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl + LESSON);
  return page;
}

async function start(page: Page) {
  await page.locator(root).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${root}[data-state=ready]`);
  await page.locator(`${root} .xterm`).click();
}

const screen = (page: Page) => page.locator(`${root} .xterm-rows`).innerText();
const status = (page: Page, step: string) =>
  page.locator(`${root} [data-step="${step}"]`).getAttribute('data-status');

async function type(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

describe('guided scenario', () => {
  it('marks a step done when its goal is met, saves it, and shows it done after a reload', async () => {
    const page = await open();
    await start(page);
    expect(await status(page, 'pull-variants')).toBe('current');
    await type(page, `docker pull node:${NODE}`);
    await expect
      .poll(() => page.locator(`${root} [data-step="pull-variants"] [data-step-hint]`).innerText())
      .toContain('That one is the full image.');
    await type(page, `docker pull node:${NODE}-slim`);
    await type(page, `docker pull node:${NODE}-alpine`);
    await expect.poll(() => status(page, 'pull-variants')).toBe('done');
    expect(await status(page, 'compare-sizes')).toBe('current');
    expect(await page.locator(`${root} [data-scenario-status]`).innerText()).toBe(
      'Step done: Pull the smaller variants. Next: Compare their sizes.',
    );
    const saved = await page.evaluate(() => localStorage.getItem('stagecraft:progress'));
    expect(JSON.parse(saved!).lessons['01-why-image-size-matters'].steps).toEqual([
      'inspect-images/pull-variants',
    ]);

    await page.reload();
    await start(page);
    expect(await status(page, 'pull-variants')).toBe('done');
    expect(await page.locator(`${root} [data-scenario-done]`).innerText()).toBe('1');
    // The finished step's solution was replayed: its images are there again.
    await type(page, 'docker images node');
    await expect.poll(() => screen(page)).toContain(`${NODE}-alpine`);
    await expect.poll(() => status(page, 'compare-sizes')).toBe('done');
  });

  it('Show me types the current step solution and runs it', async () => {
    const page = await open();
    await page.locator(root).scrollIntoViewIfNeeded();
    await page.locator(`${root} [data-terminal-action="show-me"]`).click();
    await expect
      .poll(() => screen(page), { timeout: 15_000 })
      .toContain(`docker pull node:${NODE}-alpine`);
    await expect.poll(() => status(page, 'pull-variants'), { timeout: 15_000 }).toBe('done');
  });

  it('Reset asks first, then starts the terminal and the steps over', async () => {
    const page = await open();
    await start(page);
    await type(page, `docker pull node:${NODE}-slim`);
    await type(page, `docker pull node:${NODE}-alpine`);
    await expect.poll(() => status(page, 'pull-variants')).toBe('done');
    const reset = page.locator(`${root} [data-terminal-action="reset"]`);
    await reset.click();
    expect(await reset.getAttribute('aria-expanded')).toBe('true');
    const confirm = page.locator(`${root} [data-terminal-action="reset-confirm"]`);
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator(`${root} [data-terminal-action="reset-cancel"]`).click();
    expect(await reset.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await status(page, 'pull-variants')).toBe('done');

    await reset.click();
    await confirm.click();
    await expect.poll(() => status(page, 'pull-variants')).toBe('current');
    expect(await page.locator(`${root} [data-scenario-status]`).innerText()).toBe(
      'The terminal is back at its starting state.',
    );
    await type(page, 'docker images node');
    await expect.poll(() => screen(page)).toContain('docker images node');
    await expect.poll(() => screen(page)).toMatch(new RegExp(`node:${NODE}\\s`));
    expect(await screen(page)).not.toContain(`${NODE}-alpine `);
  });

  it('has no axe violations with the steps, a hint and the reset question showing', async () => {
    const page = await open();
    await start(page);
    await type(page, `docker pull node:${NODE}`);
    await expect.poll(() => page.locator(`${root} [data-step-hint]:not([hidden])`).count()).toBe(1);
    await page.locator(`${root} [data-terminal-action="reset"]`).click();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
