import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const theme = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.dataset.theme);

describe('theme', () => {
  it('follows the system until the learner chooses', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(baseUrl + '/');
      expect(await theme(page)).toBe(colorScheme);
      await context.close();
    }
  });

  it('toggles by keyboard, announces its state and persists across pages and reloads', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await theme(page)).toBe('dark');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');

    await page.reload();
    expect(await theme(page)).toBe('dark');
    await page.goto(baseUrl + '/reference/');
    expect(await theme(page)).toBe('dark');
    await expect(
      page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await theme(page)).toBe('light');
    await context.close();
  });
});
