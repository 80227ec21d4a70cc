import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { watchPage } from '../helpers/page-watch';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  it('finds the first lesson by a word from its body, typed in the header', async () => {
    const page = await browser.newPage();
    const problems = watchPage(page, baseUrl);
    await page.goto(baseUrl + '/lessons/01-why-image-size-matters/');
    // "immutable" appears in the body of lesson 1 (layers are immutable once created).
    await page.getByRole('searchbox', { name: 'Search lessons and reference' }).fill('immutable');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=immutable/);
    const result = page.locator(
      '[data-search-results] a[href*="/lessons/01-why-image-size-matters/"]',
    );
    await result.first().waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/result/);
    expect(problems.foreignRequests).toEqual([]);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + '/search/?q=zzzyxnotaword');
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.includes('No results'),
    );
    await page.close();
  });
});
