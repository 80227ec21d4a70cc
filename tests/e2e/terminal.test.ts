import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Session } from '../../src/engine';
import { axeViolations, describeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { layoutShift, watchLayoutShift } from '../helpers/layout-shift';
import { hasOfflineWorker } from '../helpers/offline-worker';

const baseUrl = inject('baseUrl');
const LESSON = '/lessons/01-why-image-size-matters/';
const PROMPT = 'learner@stagecraft:~/app$';
/** The engine registers `docker build` separately; the build test waits for it. */
const hasBuild = new Session().complete('docker bu', 9).candidates.includes('build');

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  url: string;
  gzip: number;
}

async function open(path = LESSON, width = 1280): Promise<{ page: Page; scripts: Loaded[] }> {
  context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const scripts: Loaded[] = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: res.url(), gzip: gzipSync(body).length });
  });
  await watchLayoutShift(page);
  await page.goto(baseUrl + path);
  return { page, scripts };
}

const xtermLoaded = (scripts: Loaded[]) => scripts.some((s) => /terminal-island/.test(s.url));

async function startTerminal(page: Page) {
  await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-terminal][data-state=ready]');
  await page.locator('[data-terminal] .xterm').click();
}

const screenText = (page: Page) => page.locator('[data-terminal] .xterm-rows').innerText();

async function run(page: Page, line: string, expected: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect.poll(() => screenText(page), { timeout: 10_000 }).toContain(expected);
}

describe('lesson terminal', () => {
  afterEach(async () => context?.close());

  it('loads no xterm code while the terminal is out of view', async () => {
    const { page, scripts } = await open();
    await page.waitForLoadState('networkidle');
    // After load and idle, the offline worker precaches every chunk, xterm's too, into Cache
    // Storage. Those downloads are the worker's, not the page's: the page's 'response' events
    // never include them, and the page itself must still neither request nor run xterm's code.
    if (hasOfflineWorker()) {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const precached = await page.evaluate(async () => {
        for (const name of await caches.keys()) {
          const keys = await (await caches.open(name)).keys();
          if (keys.some((request) => /terminal-island/.test(request.url))) return true;
        }
        return false;
      });
      expect(precached).toBe(true);
    }
    expect(xtermLoaded(scripts)).toBe(false);
    expect(await page.locator('[data-terminal]').getAttribute('data-state')).toBe('idle');
    await context.close();
    const other = await open('/lessons/02-multi-stage-builds/');
    await other.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await other.page.waitForLoadState('networkidle');
    expect(xtermLoaded(other.scripts)).toBe(false);
    await context.close();
  });

  it('loads on scroll without layout shift, shows a ready prompt and runs commands', async () => {
    const { page, scripts } = await open();
    await page.waitForLoadState('networkidle');
    const before = scripts.reduce((n, s) => n + s.gzip, 0);
    await startTerminal(page);
    await page.waitForLoadState('networkidle');
    const after = scripts.reduce((n, s) => n + s.gzip, 0);
    expect(xtermLoaded(scripts)).toBe(true);
    const cls = await layoutShift(page);
    const times = await page.locator('[data-terminal]').evaluate((el: HTMLElement) => ({
      start: Number(el.dataset.startedAt),
      ready: Number(el.dataset.readyAt),
    }));
    console.log(
      `terminal: JS gzip before ${before} B, after ${after} B (+${after - before} B); ` +
        `start to ready prompt ${(times.ready - times.start).toFixed(0)} ms; CLS ${cls.toFixed(4)}`,
    );
    expect(cls).toBeLessThan(0.01);
    expect(await screenText(page)).toContain(PROMPT);
    await run(page, 'pwd', '/home/learner/app');
    await expect
      .poll(() => page.locator('[data-terminal-live]').textContent())
      .toBe('/home/learner/app');
    await run(page, 'help', 'Not simulated: pipes');
  });

  it('completes with Tab', async () => {
    const { page } = await open();
    await startTerminal(page);
    await page.keyboard.type('docker ima');
    await page.keyboard.press('Tab');
    await expect.poll(() => screenText(page)).toContain(`${PROMPT} docker image`);
  });

  it.skipIf(!hasBuild)('builds an image with docker build', async () => {
    const { page } = await open();
    await startTerminal(page);
    await page.keyboard.type("cat > Dockerfile <<'EOF'\nFROM alpine:3.20\nRUN echo hi\nEOF\n");
    await run(page, 'docker build -t app .', 'naming to docker.io/library/app:latest');
    await expect
      .poll(() => screenText(page))
      .toMatch(/app:latest[\s\S]*learner@stagecraft:~\/app\$\s*$/);
  });

  it('lets Escape then Tab move focus out of the terminal', async () => {
    const { page } = await open();
    await startTerminal(page);
    const inTerminal = () =>
      page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea'));
    expect(await inTerminal()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inTerminal()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await inTerminal()).toBe(false);
    const label = await page.locator('.xterm-helper-textarea').getAttribute('aria-label');
    expect(label).toBe('Terminal: try the commands of this lesson');
  });

  it('offers an accessible input mode over the same session', async () => {
    const { page } = await open();
    await startTerminal(page);
    await page.getByRole('button', { name: 'Accessible input' }).click();
    await page.getByRole('textbox', { name: 'Command', exact: true }).fill('pwd');
    await page.getByRole('textbox', { name: 'Command', exact: true }).press('Enter');
    await expect
      .poll(() => page.getByRole('log', { name: 'Terminal output' }).textContent())
      .toBe('$ pwd\n/home/learner/app\n');
    await expect.poll(() => screenText(page)).toContain(`${PROMPT} pwd`);
  });

  it('has no axe violations with the terminal open', async () => {
    const { page } = await open();
    await startTerminal(page);
    await run(page, 'ls', PROMPT);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
