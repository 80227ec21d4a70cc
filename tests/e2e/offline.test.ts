/**
 * Offline use (issue 8): after one visit to any page, the service worker built by
 * scripts/build-sw.ts has precached the course, and with the network gone a lesson never
 * visited before still loads with its terminal (a lazy chunk) and quiz, as do the playground,
 * search and the 404 page. A changed sw.js on the server waits until the learner says Reload.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { watchPage } from '../helpers/page-watch';
import { hasOfflineWorker } from '../helpers/offline-worker';
import type { QuizQuestion } from '../../src/schemas/quiz';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!hasOfflineWorker()) {
    throw new Error('dist/sw.js is the placeholder: run `npm run build`, which ends with build-sw');
  }
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
});

/** Opens the home page and waits until its service worker is active and controls the page. */
async function firstVisit(): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseUrl + '/');
  // `ready` resolves once a worker is active, which is after its install (the precache) ended.
  const state = await page.evaluate(
    async () => (await navigator.serviceWorker.ready).active?.state,
  );
  expect(['activating', 'activated']).toContain(state);
  await page.waitForFunction(
    () => navigator.serviceWorker.controller?.state === 'activated',
    undefined,
    { timeout: 30_000 },
  );
  return page;
}

const terminalText = (page: Page) => page.locator('[data-terminal] .xterm-rows').innerText();

describe('offline, after a first visit to the home page', () => {
  it('a new lesson loads with its terminal and quiz, and the playground, search and 404 work', async () => {
    const page = await firstVisit();
    const problems = watchPage(page, baseUrl);
    await context.setOffline(true);

    const lesson = await page.goto(baseUrl + '/lessons/04-distroless-images/');
    expect(lesson?.fromServiceWorker()).toBe(true);
    await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-terminal][data-state=ready]');
    await page.locator('[data-terminal] .xterm').click();
    await page.keyboard.type('docker images');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/IMAGE\s+ID/);

    await page.locator('[data-quiz]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-quiz][data-ready]');
    const questions = JSON.parse(
      (await page.locator('script[data-quiz-data]').textContent())!,
    ) as QuizQuestion[];
    const q = questions.find((x) => x.type === 'single');
    if (q?.type !== 'single') throw new Error('lesson 4 has no single-choice question');
    const form = page.locator(`form[data-question="${q.id}"]`);
    await form.locator(`input[value="${q.answer}"]`).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    expect(await form.locator('[data-feedback]').innerText()).toMatch(/^✓ Correct\./);

    await page.goto(baseUrl + '/playground/');
    await page.waitForSelector('[data-playground][data-state=ready]');
    await expect
      .poll(() => page.locator('[data-pg-editor] .cm-content').innerText())
      .toMatch(/FROM /);

    await page.goto(baseUrl + '/search/?q=immutable');
    await page
      .locator('[data-search-results] a[href*="/lessons/01-why-image-size-matters/"]')
      .first()
      .waitFor();

    await page.goto(baseUrl + '/lessons/no-such-lesson/');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    // CSP reports are csp.test.ts's business (it replays the server's headers); any other
    // console error, failed request or request to another origin is a failure here.
    expect({
      ...problems,
      consoleErrors: problems.consoleErrors.filter((e) => !/Content Security Policy/.test(e)),
    }).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });
});

describe('an update', () => {
  it('waits for the learner: a prompt offers Reload, which activates the new worker', async () => {
    const page = await firstVisit();
    await page.reload(); // a page that was controlled from the start, as on any later visit
    await page.waitForFunction(() => document.querySelector('[data-update-prompt]') !== null);
    // A new version appears: Playwright cannot rewrite the browser's own update check of
    // sw.js, so the test registers the worker under another URL, which the browser installs
    // as a new version. It waits, as a changed sw.js would, because the old one controls tabs.
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js?next-version');
    });
    const prompt = page.locator('[data-update-prompt]');
    await expect
      .poll(() => prompt.locator('[data-update-message]').textContent(), { timeout: 30_000 })
      .toBe('A new version of Stagecraft is available.');
    expect(await prompt.locator('[aria-live=polite]').count()).toBe(1);
    // Non-modal: the learner's focus stays where it was.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await prompt.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const waiting = () =>
      page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      );
    expect(await waiting()).toBe(true);

    // Dismiss hides the prompt and leaves the new worker waiting.
    await prompt.getByRole('button', { name: 'Dismiss' }).click();
    expect(await prompt.locator('[data-update-message]').textContent()).toBe('');
    expect(await prompt.getByRole('button', { name: 'Reload' }).isHidden()).toBe(true);
    expect(await waiting()).toBe(true);

    // The next page finds the waiting worker and asks again; Reload activates it.
    await page.goto(baseUrl + '/lessons/01-why-image-size-matters/');
    await expect
      .poll(() => prompt.locator('[data-update-message]').textContent(), { timeout: 30_000 })
      .toBe('A new version of Stagecraft is available.');
    // This page registers /sw.js again, a new URL once more: let that install settle first.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return !registration?.installing && Boolean(registration?.waiting);
    });
    await page.evaluate(() => ((window as unknown as { __old: boolean }).__old = true));
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(
      () => !(window as unknown as { __old?: boolean }).__old && document.readyState === 'complete',
    );
    expect(await waiting()).toBe(false);
    const active = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state,
    );
    expect(active).toBe('activated');
    expect(await prompt.locator('[data-update-message]').textContent()).toBe('');
  });
});
