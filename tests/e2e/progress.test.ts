import { readFileSync } from 'node:fs';
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

const KEY = 'stagecraft:progress';
const raw = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const at = '2026-11-27T09:30:00.000Z';
const sample = {
  app: 'stagecraft',
  version: 1,
  lessons: {
    '01-why-image-size-matters': { completed: true, completedAt: at, steps: ['step-1'] },
    '02-multi-stage-builds': { completed: true, completedAt: at, steps: [] },
  },
  quiz: {
    'ms-which-stage-is-the-image': { attempts: 2, correct: 1, lastScore: 1, lastAt: at },
    'ms-final-image-contents': { attempts: 1, correct: 0, lastScore: 0.5, lastAt: at },
  },
  cards: {},
};

async function seed(page: Page, path: string, value: unknown) {
  await page.goto(baseUrl + path);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(value)]);
  await page.reload();
}

async function importFile(page: Page, name: string, text: string) {
  await page.getByLabel('Import a progress file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

const status = (page: Page) => page.locator('[data-transfer-status]').textContent();
const overview = (page: Page) => page.locator('[data-overview]').textContent();

describe('progress page', () => {
  it('exports, resets with a confirm step, and imports progress back', async () => {
    const page = await browser.newPage();
    const problems = watchPage(page, baseUrl);
    await seed(page, '/progress/', sample);
    await page.waitForSelector('body[data-progress-ready]');
    expect(await overview(page)).toBe(
      'Lessons completed: 2 of 8. Quiz questions answered: 2 (1 right on the last try). Flashcards: 0 in your deck, 0 due now.',
    );
    expect(
      await page
        .locator('tr[data-slug="01-why-image-size-matters"] [data-cell="steps"]')
        .textContent(),
    ).toBe('1');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^stagecraft-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toEqual(sample);

    // Reset asks first; Cancel changes nothing.
    const reset = page.getByRole('button', { name: 'Reset progress…' });
    await reset.click();
    expect(await reset.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reset-question');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(JSON.parse((await raw(page))!)).toEqual(sample);
    await reset.click();
    await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
    expect(await raw(page)).toBeNull();
    expect(await status(page)).toBe('Progress reset. This browser now has no saved progress.');
    expect(await overview(page)).toMatch(/^Lessons completed: 0 of 8\./);

    await importFile(page, 'back.json', exported);
    await page.waitForFunction(() =>
      document.querySelector('[data-transfer-status]')?.textContent?.startsWith('Imported'),
    );
    expect(await status(page)).toBe('Imported progress: 2 lessons completed, 0 flashcards.');
    expect(JSON.parse((await raw(page))!)).toEqual(sample);
    await page.reload();
    await page.waitForSelector('body[data-progress-ready]');
    expect(await overview(page)).toMatch(/^Lessons completed: 2 of 8\./);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it('refuses corrupt and foreign files and leaves progress untouched', async () => {
    const page = await browser.newPage();
    await seed(page, '/progress/', sample);
    await page.waitForSelector('body[data-progress-ready]');
    const before = await raw(page);
    const cases: [string, string, string][] = [
      [
        'broken.json',
        '{"app": "stagecraft", "vers',
        'This file is not valid JSON. Your progress is unchanged.',
      ],
      [
        'other.json',
        '{"theme": "dark"}',
        'imported file: this is not a Stagecraft progress file. Your progress is unchanged.',
      ],
      [
        'damaged.json',
        JSON.stringify({
          ...sample,
          quiz: { x: { attempts: -1, correct: 0, lastScore: 2, lastAt: at } },
        }),
        'imported file → field `quiz.x.attempts`: must be at least 0',
      ],
    ];
    for (const [name, text, message] of cases) {
      await importFile(page, name, text);
      await page.waitForFunction(
        (m) => document.querySelector('[data-transfer-status]')?.textContent?.startsWith(m),
        message,
      );
      expect(await page.locator('[data-transfer-status]').getAttribute('data-kind')).toBe('error');
      expect(await raw(page)).toBe(before);
    }
    expect(await overview(page)).toMatch(/^Lessons completed: 2 of 8\./);
    await page.close();
  });

  it('imports and upgrades a file in the older v0 format', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/progress/`);
    await page.waitForSelector('body[data-progress-ready]');
    await importFile(page, 'old.json', JSON.stringify({ lessons: ['01-why-image-size-matters'] }));
    await page.waitForFunction(() =>
      document.querySelector('[data-transfer-status]')?.textContent?.startsWith('Imported'),
    );
    expect(await status(page)).toBe(
      'Imported progress (upgraded from format v0): 1 lesson completed, 0 flashcards.',
    );
    expect(JSON.parse((await raw(page))!)).toMatchObject({
      version: 1,
      lessons: { '01-why-image-size-matters': { completed: true } },
    });
    await page.close();
  });

  it('says progress is not saved when storage is blocked, and still works', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/progress/`);
    await page.waitForSelector('body[data-progress-ready]');
    expect(await page.locator('[data-storage-notice]').textContent()).toBe(
      'Your progress is not being saved in this browser; it lasts until you close the tab.',
    );
    await importFile(page, 'back.json', JSON.stringify(sample));
    await page.waitForFunction(() =>
      document.querySelector('[data-transfer-status]')?.textContent?.startsWith('Imported'),
    );
    expect(await status(page)).toBe(
      'Imported progress: 2 lessons completed, 0 flashcards. It is not being saved in this browser.',
    );
    expect(await overview(page)).toMatch(/^Lessons completed: 2 of 8\./);
    await context.close();
  });

  it('starts fresh with a notice when the saved value is corrupt', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/progress/`);
    await page.evaluate((k) => localStorage.setItem(k, '{not json'), KEY);
    await page.reload();
    await page.waitForSelector('body[data-progress-ready]');
    expect(await page.locator('[data-storage-notice]').textContent()).toBe(
      'Saved progress could not be read, so you start fresh; the old value is kept aside.',
    );
    expect(await page.evaluate((k) => localStorage.getItem(`${k}:unreadable`), KEY)).toBe(
      '{not json',
    );
    await page.close();
  });
});

describe('learning path', () => {
  it('lists lessons with times and ticks the checklist from progress, by keyboard too', async () => {
    const page = await browser.newPage();
    await seed(page, '/path/', sample);
    await page.waitForSelector('body[data-path-ready]');
    const first = page.getByLabel('Completed: Lesson 1: Why image size and contents matter');
    expect(await first.isChecked()).toBe(true);
    const third = page.locator('li[data-slug="03-multi-stage-in-depth"] input');
    expect(await third.isChecked()).toBe(false);
    await third.focus();
    await page.keyboard.press('Space');
    expect(JSON.parse((await raw(page))!).lessons['03-multi-stage-in-depth'].completed).toBe(true);
    expect(await page.locator('[data-path-total]').textContent()).toMatch(
      /^3 of 8 lessons done; about .+ to go\.$/,
    );
    expect(
      await page.locator('li[data-slug="02-multi-stage-builds"] [data-path-quiz]').textContent(),
    ).toBe(' · Quiz: 2 of 12 answered, 75%');
    await page.close();
  });

  it('prints a summary with the typed name (as text only), the date and the results', async () => {
    const page = await browser.newPage();
    await seed(page, '/path/summary/', sample);
    await page.waitForSelector('body[data-summary-ready]');
    const name = 'Ada <b>Lovelace</b>';
    await page.getByLabel('Your name').fill(name);
    expect(await page.locator('[data-name]').textContent()).toBe(name);
    expect(await page.locator('[data-name] b').count()).toBe(0);
    expect(await page.title()).toBe(`Completion summary · Stagecraft – ${name}`);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-name-input]').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const printed = await page.locator('main').innerText();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(printed).toContain(`Learner\n${name}`);
    expect(printed).toContain(`Date\n${today}`);
    expect(printed).toContain('Lessons completed\n2 of 8');
    expect(printed).toContain('Quiz\n2 questions answered, 75% on the latest tries');
    expect(printed).toMatch(
      /Multi-stage builds[^\n]*\t[^\n]*\t✓ 2026-11-27\t2 of 12 answered, 75%/,
    );

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The PDF's text is compressed with subset fonts; its /Title metadata is plain UTF-16
    // hex, and carries the name because the page sets document.title from it.
    const hex = /\/Title <FEFF([0-9A-F]+)>/.exec(pdf.toString('latin1'))?.[1] ?? '';
    const pdfTitle = Buffer.from(hex, 'hex').swap16().toString('utf16le');
    expect(pdfTitle).toBe(`Completion summary · Stagecraft – ${name}`);
    await page.close();
  });
});
