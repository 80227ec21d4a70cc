import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { watchPage } from '../helpers/page-watch';
import { axeViolations, describeViolations } from '../helpers/axe';
import type { QuizQuestion } from '../../src/schemas/quiz';

const baseUrl = inject('baseUrl');
const lesson = (slug: string) => `${baseUrl}/lessons/${slug}/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls the quiz into view and waits for its island. */
async function openQuiz(page: Page): Promise<Map<string, QuizQuestion>> {
  await page.locator('[data-quiz]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-quiz][data-ready]');
  const json = await page.locator('script[data-quiz-data]').textContent();
  return new Map((JSON.parse(json!) as QuizQuestion[]).map((q) => [q.id, q]));
}

const form = (page: Page, id: string) => page.locator(`form[data-question="${id}"]`);
const feedback = (f: Locator) => f.locator('[data-feedback]').innerText();
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft:progress') ?? 'null'));

/**
 * Presses Tab until `selector` has focus: the keyboard-only way to reach a control. Inside a
 * lesson terminal Tab completes commands, so it does what the page tells keyboard users to do
 * there: Escape, then Tab.
 */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 400; i++) {
    const inTerminal = await page.evaluate(
      () => document.activeElement?.closest('.xterm') !== null && document.activeElement !== null,
    );
    if (inTerminal) await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('lesson quiz', () => {
  it('marks a wrong answer, takes a retry, accepts the right one and saves both attempts', async () => {
    const page = await browser.newPage();
    const problems = watchPage(page, baseUrl);
    await page.goto(lesson('02-multi-stage-builds'));
    const questions = await openQuiz(page);
    const q = [...questions.values()].find((x) => x.type === 'single')!;
    if (q.type !== 'single') throw new Error('no single-choice question');
    const f = form(page, q.id);
    const wrong = Object.keys(q.options).find((k) => k !== q.answer)!;

    await f.locator(`input[value="${wrong}"]`).check();
    await f.getByRole('button', { name: 'Check answer' }).click();
    expect(await feedback(f)).toMatch(/^✗ Not quite\.\n/);
    expect(await f.getAttribute('data-result')).toBe('wrong');
    await f.getByRole('button', { name: 'Try again' }).click();
    expect(await f.locator('input:checked').count()).toBe(0);

    await f.locator(`input[value="${q.answer}"]`).check();
    await f.getByRole('button', { name: 'Check answer' }).click();
    const text = await feedback(f);
    expect(text).toContain('✓ Correct.');
    expect(text).toContain(q.explanation.slice(0, 40));
    expect(await f.getByRole('button', { name: 'Try again' }).isHidden()).toBe(true);
    expect(await f.locator('[data-feedback]').getAttribute('aria-live')).toBe('polite');

    const saved = await stored(page);
    expect(saved.quiz[q.id]).toMatchObject({ attempts: 2, correct: 1, lastScore: 1 });

    // Reload: the saved result is shown again, and the lesson can be marked complete.
    await page.reload();
    await openQuiz(page);
    expect(await form(page, q.id).locator('[data-previous]').textContent()).toBe(
      'Saved: last answer correct, 2 attempts.',
    );
    // The button stays hidden until its island loads, when it nears the viewport.
    await page.locator('[data-mark-complete]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-mark-complete] [data-toggle]:not([hidden])');
    const mark = page.getByRole('button', { name: 'Mark lesson complete' });
    await mark.click();
    expect(await mark.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.locator('[data-mark-complete]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-mark-complete] [aria-pressed="true"]');
    expect(await page.locator('[data-mark-complete] [data-status]').textContent()).toMatch(
      /^Lesson completed on \d{4}-\d{2}-\d{2}\.$/,
    );
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it('checks a typed command by meaning and hints at what is wrong', async () => {
    const page = await browser.newPage();
    await page.goto(lesson('03-multi-stage-in-depth'));
    const questions = await openQuiz(page);
    const q = [...questions.values()].find((x) => x.type === 'command')!;
    if (q.type !== 'command') throw new Error('no command question');
    const f = form(page, q.id);
    const input = f.getByLabel('Your command');
    await input.fill('docker biuld .');
    await input.press('Enter');
    expect(await feedback(f)).toBe(
      '✗ Not quite.\n\ndocker biuld is not a docker command; did you mean docker build? Try again, or open “Answer and explanation”.',
    );
    expect(await f.locator('[data-feedback] code').first().textContent()).toBe('docker biuld');
    await input.fill(q.answers[0]!);
    await input.press('Enter');
    expect(await feedback(f)).toMatch(/^✓ Correct\./);
    await page.close();
  });

  it('is fully keyboard operable, announces results and has no axe violations', async () => {
    const page = await browser.newPage();
    await page.goto(lesson('03-multi-stage-in-depth'));
    // Keyboard users reach the quiz by tabbing; focusing inside it loads the island.
    await tabTo(page, '[data-quiz] input');
    const questions = await openQuiz(page);
    const types = new Set<string>();
    for (const q of questions.values()) {
      if (q.type === 'recall') continue;
      types.add(q.type);
      const sel = `form[data-question="${q.id}"]`;
      await tabTo(page, `${sel} input, ${sel} button[data-move]`);
      if (q.type === 'single') {
        const keys = Object.keys(q.options);
        const target = keys.indexOf(q.answer);
        if (target === 0) await page.keyboard.press('Space');
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
      } else if (q.type === 'multiple' || q.type === 'spot-the-bug') {
        const values = q.type === 'multiple' ? q.answer : q.answer.map(String);
        const boxes = await page
          .locator(`${sel} input[type="checkbox"]`)
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        for (const [i, value] of boxes.entries()) {
          if (i > 0) await page.keyboard.press('Tab');
          if (values.includes(value)) await page.keyboard.press('Space');
        }
      } else if (q.type === 'command') {
        await page.keyboard.type(q.answers[0]!);
      } else if (q.type === 'order') {
        // Selection sort with Move up: put step 0 first, then step 1…
        for (let target = 0; target < q.steps.length; target++) {
          for (;;) {
            const order = await page
              .locator(`${sel} [data-order] > li`)
              .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.step)));
            const at = order.indexOf(target);
            if (at === target) break;
            await page.locator(`${sel} li[data-step="${target}"] [data-move="-1"]`).focus();
            await page.keyboard.press('Enter');
            expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(
              /^Move up/,
            );
          }
        }
        expect(await page.locator(`${sel} [data-feedback]`).innerText()).toMatch(/now step \d+ of/);
      }
      await tabTo(page, `${sel} [data-check]`);
      await page.keyboard.press('Enter');
      expect(await page.locator(`${sel} [data-feedback]`).innerText(), q.id).toMatch(
        /^✓ Correct\./,
      );
    }
    expect([...types].sort()).toEqual(['command', 'multiple', 'order', 'single', 'spot-the-bug']);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('self-grades an open question against the model answer', async () => {
    const page = await browser.newPage();
    await page.goto(lesson('08-interview-tips'));
    const questions = await openQuiz(page);
    const q = [...questions.values()].find((x) => x.type === 'recall')!;
    if (q.type !== 'recall') throw new Error('no recall question');
    const f = form(page, q.id);
    await f.getByLabel(/Your answer/).fill('Smaller images and fewer packages.');
    await f.getByRole('button', { name: 'Compare with the model answer' }).click();
    await f.getByLabel(q.keyPoints[0]!).check();
    await f.getByLabel('Partly').check();
    await f.getByRole('button', { name: 'Save my grade' }).click();
    const text = await feedback(f);
    expect(text).toContain('Grade saved.');
    expect(text).toContain('Model answer:');
    expect((await stored(page)).quiz[q.id]).toMatchObject({ attempts: 1, lastScore: 0.5 });
    await page.close();
  });

  it('keeps working, and says progress is not saved, when storage throws', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(lesson('02-multi-stage-builds'));
    const questions = await openQuiz(page);
    expect(await page.locator('[data-quiz] [data-storage-notice]').textContent()).toBe(
      'Your progress is not being saved in this browser; it lasts until you close the tab.',
    );
    expect(await page.locator('[data-quiz] [data-storage-notice]').isVisible()).toBe(true);
    const q = [...questions.values()].find((x) => x.type === 'single')!;
    if (q.type !== 'single') throw new Error('no single-choice question');
    await form(page, q.id).locator(`input[value="${q.answer}"]`).check();
    await form(page, q.id).getByRole('button', { name: 'Check answer' }).click();
    expect(await feedback(form(page, q.id))).toMatch(/^✓ Correct\./);
    await context.close();
  });

  it('shows a full quota as a notice after the first failed save', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(lesson('02-multi-stage-builds'));
    const questions = await openQuiz(page);
    const notice = page.locator('[data-quiz] [data-storage-notice]');
    expect(await notice.textContent()).toBe('');
    const q = [...questions.values()].find((x) => x.type === 'single')!;
    if (q.type !== 'single') throw new Error('no single-choice question');
    await form(page, q.id).locator(`input[value="${q.answer}"]`).check();
    await form(page, q.id).getByRole('button', { name: 'Check answer' }).click();
    expect(await notice.textContent()).toBe(
      'Browser storage is full. Your progress is not being saved in this browser; it lasts until you close the tab.',
    );
    expect(await feedback(form(page, q.id))).toMatch(/^✓ Correct\./);
    await context.close();
  });
});

describe('lesson page weight', () => {
  it('ships only a tiny loader until the quiz is near, then loads the island', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts = new Map<string, number>();
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') {
        scripts.set(new URL(res.url()).pathname, gzipSync(await res.body()).length);
      }
    });
    await page.goto(lesson('02-multi-stage-builds'), { waitUntil: 'networkidle' });
    const before = [...scripts.keys()];
    expect(before.some((s) => s.includes('quiz-island'))).toBe(false);
    // The offline registration (workbox-window and the update prompt) is imported only after
    // load and idle (src/lib/offline/schedule.ts), so it is not JavaScript before interaction;
    // it has a budget of its own.
    const isOffline = (path: string) => path.includes('/register-offline.');
    const loaderBytes = [...scripts].filter(([p]) => !isOffline(p)).reduce((a, [, b]) => a + b, 0);
    // The quiz, "Mark complete", terminal and offline loaders plus Vite's preload helper: under
    // 4 KB gzipped (the lesson budget for JavaScript before interaction is 30 KB).
    expect(loaderBytes).toBeLessThan(4096);
    await expect
      .poll(() => [...scripts].find(([p]) => isOffline(p))?.[1] ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect([...scripts].find(([p]) => isOffline(p))![1]).toBeLessThan(3072);
    await openQuiz(page);
    expect([...scripts.keys()].some((s) => s.includes('quiz-island'))).toBe(true);
    await page.close();
  });

  it('renders prompts, options and answers without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(lesson('02-multi-stage-builds'));
    const first = page.locator('form[data-question]').first();
    expect(await first.locator('legend, .q-legend').innerText()).toMatch(/^Question 1 of 6/);
    expect(await first.locator('[data-check]').isHidden()).toBe(true);
    await first.locator('summary').click();
    expect(await first.locator('details').innerText()).toMatch(
      /Answer:|Correct order:|Correct options:/,
    );
    await context.close();
  });
});

describe('a question-bank mistake', () => {
  it('fails `astro build` naming the file, the question, the field and the fix', async () => {
    const { spawnSync } = await import('node:child_process');
    const { cpSync, mkdtempSync, rmSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { repoRoot } = await import('../helpers/preview-server');
    const scratch = mkdtempSync(join(tmpdir(), 'stagecraft-quiz-'));
    try {
      for (const entry of [
        'astro.config.mjs',
        'tsconfig.json',
        'package.json',
        'src',
        'content',
        'public',
      ]) {
        cpSync(join(repoRoot, entry), join(scratch, entry), { recursive: true });
      }
      symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'));
      cpSync(
        join(repoRoot, 'tests/fixtures/quizzes/broken.yaml'),
        join(scratch, 'content/quizzes/multi-stage.yaml'),
      );
      const result = spawnSync(join(repoRoot, 'node_modules/.bin/astro'), ['build'], {
        cwd: scratch,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toContain('The question bank has 2 problems:');
      expect(output).toContain(
        'content/quizzes/multi-stage.yaml → question `ms-broken-answer` → field `answer`: expected one of a, b — fix: set `answer` to the key of the correct option',
      );
      expect(output).toContain(
        'content/quizzes/multi-stage.yaml → question `ms-broken-topic` → field `topics[0]`:',
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});
