import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { watchPage } from '../helpers/page-watch';
import { axeViolations, describeViolations } from '../helpers/axe';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft:progress') ?? 'null'));

/** A review card last seen two days ago and due yesterday. */
function dueCard(now: Date) {
  const day = 86_400_000;
  return {
    due: new Date(now.getTime() - day).toISOString(),
    stability: 1.2,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    last_review: new Date(now.getTime() - 2 * day).toISOString(),
  };
}

describe('flashcards', () => {
  it("paints a new learner's first card from the server, inert until the script runs", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/practice/`);
    // Visible beside the noscript note, so the script's arrival moves nothing (CLS).
    await expect(page.locator('[data-practice]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-practice]').getAttribute('inert')).resolves.toBe('');
    const served = await page.locator('[data-front]').innerText();
    await context.close();

    const live = await browser.newPage();
    await live.goto(`${baseUrl}/practice/`);
    await live.waitForSelector('[data-practice][data-ready]');
    await expect(live.locator('[data-practice]').getAttribute('inert')).resolves.toBeNull();
    // The script draws the same first card the server did.
    await expect(live.locator('[data-front]').innerText()).resolves.toBe(served);
    expect(await live.locator('[data-card-heading]').textContent()).toBe('Card 1 of 10');
    await live.close();
  });

  it('reviews due cards first, by keyboard only, and reschedules them', async () => {
    const page = await browser.newPage();
    const problems = watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/practice/`);
    const now = new Date();
    const due = ['ms-which-stage-is-the-image', 'dl-what-is-distroless'];
    await page.evaluate(
      ([progress]) => localStorage.setItem('stagecraft:progress', progress!),
      [
        JSON.stringify({
          app: 'stagecraft',
          version: 1,
          lessons: {},
          quiz: {},
          cards: Object.fromEntries(due.map((id) => [id, dueCard(now)])),
        }),
      ],
    );
    await page.reload();
    await page.waitForSelector('[data-practice][data-ready]');
    expect(await page.locator('[data-due-count]').textContent()).toMatch(/^2 reviews due now · /);
    expect(await page.locator('[data-card-heading]').textContent()).toBe('Card 1 of 12');

    // Keyboard only: Space reveals, 3 grades Good; focus lands where the next step is.
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const prompt = await page.locator('[data-front] .q-prompt').textContent();
      seen.push(prompt!);
      await page.keyboard.press('Space');
      expect(await page.locator('[data-back]').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.matches('[data-back]'))).toBe(true);
      expect(await page.locator('[data-grade="good"] [data-when]').textContent()).toMatch(
        /^in \d+/,
      );
      await page.keyboard.press('3');
      expect(await page.locator('[data-announce]').textContent()).toMatch(
        /^Good: back in .+\. \d+ cards? left\.$/,
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('card-heading');
    }
    const progress = await stored(page);
    for (const id of due) expect(Date.parse(progress.cards[id].due)).toBeGreaterThan(Date.now());
    expect(Object.keys(progress.cards)).toHaveLength(3);
    expect(seen).toHaveLength(3);

    // Enter reveals too, and "Again" keeps the card in this session.
    const before = await page.locator('[data-card-heading]').textContent();
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    // The new card graded Good is due again in 10 minutes, so it rejoined the queue.
    expect(before).toBe('Card 4 of 13');
    expect(await page.locator('[data-card-heading]').textContent()).toBe('Card 5 of 14');

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it('filters by topic and grades with the visible buttons too', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/practice/`);
    await page.waitForSelector('[data-practice][data-ready]');
    await page.getByLabel('Topic').selectOption('go');
    expect(await page.locator('[data-due-count]').textContent()).toMatch(
      /^0 reviews due now · \d+ new cards left$/,
    );
    const json = await page.locator('script[data-practice-data]').textContent();
    const bank = JSON.parse(json!).questions as { id: string; prompt: string; topics: string[] }[];
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    const ids = Object.keys((await stored(page)).cards);
    expect(ids).toHaveLength(1);
    expect(bank.find((q) => q.id === ids[0])!.topics).toContain('go');
    await page.close();
  });
});

describe('mock interview', () => {
  it('times a self-graded interview, speaks only at milestones and sums up weak topics', async () => {
    const context = await browser.newContext();
    await context.clock.install();
    const page = await context.newPage();
    const problems = watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/practice/interview/`);
    await page.waitForSelector('[data-interview][data-ready]');
    await page.getByLabel('Questions').selectOption('5');
    await page.getByLabel('Minutes').selectOption('10');
    await page.getByRole('button', { name: 'Start the interview' }).click();
    const announce = page.locator('[data-announce]');
    expect(await announce.textContent()).toBe('Interview started: 5 questions, 10 minutes.');
    expect(await page.getByRole('timer').textContent()).toBe('10:00');
    expect(await page.locator('[data-q-heading]').textContent()).toBe('Question 1 of 5');

    // Answer the first question well, the second badly.
    for (const grade of ['I knew it', 'I missed it']) {
      await page.getByLabel(/Your answer/).fill('My answer.');
      await page.getByRole('button', { name: 'Show the model answer' }).click();
      expect(await page.locator('[data-q-answer]').innerText()).toMatch(/Review: /);
      await page.getByLabel(grade).check();
      await page.getByRole('button', { name: 'Next question' }).click();
    }
    expect(await page.locator('[data-q-heading]').textContent()).toBe('Question 3 of 5');

    // The clock ticks visibly, but the live region stays quiet until a milestone.
    await context.clock.runFor(3000);
    // The installed clock also moves with real time, so allow a second or two.
    expect(await page.getByRole('timer').textContent()).toMatch(/^9:5[5-7]$/);
    expect(await announce.textContent()).toBe('Interview started: 5 questions, 10 minutes.');
    await context.clock.runFor(5 * 60_000);
    expect(await announce.textContent()).toBe('5 minutes left.');
    await context.clock.runFor(4 * 60_000);
    expect(await announce.textContent()).toBe('1 minute left.');
    await context.clock.runFor(60_000);

    const summary = page.locator('[data-summary]');
    await summary.waitFor();
    expect(await announce.textContent()).toMatch(
      /^Time is up\. Interview over: you scored \d+%\.$/,
    );
    const text = await summary.innerText();
    expect(text).toContain('over 5 questions (2 answered; unanswered ones count as 0)');
    expect(text).toContain('Weak topics: review these');
    const links = await summary.locator('a[href^="/lessons/"]').count();
    expect(links).toBeGreaterThan(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });
});
