import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

async function open(reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
  const page = await context.newPage();
  await page.goto(baseUrl + LESSON);
  await page.locator('[data-terminal]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-terminal][data-state=ready]');
  await page.locator('[data-terminal] .xterm').click();
  return page;
}

/**
 * Records every BuildKit header the terminal's rows show, and every text the screen-reader
 * live region is given, as the DOM changes (xterm's DOM renderer redraws rows in place).
 */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __headers: string[]; __live: string[] };
    w.__headers = [];
    w.__live = [];
    const rows = document.querySelector('[data-terminal] .xterm-rows')!;
    const live = document.querySelector('[data-terminal] [data-terminal-live]')!;
    const record = () => {
      for (const row of rows.children) {
        const text = (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd();
        if (text.startsWith('[+] Building') && w.__headers.at(-1) !== text) w.__headers.push(text);
      }
    };
    new MutationObserver(record).observe(rows, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    new MutationObserver(() => w.__live.push(live.textContent ?? '')).observe(live, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

const seen = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __headers: string[]; __live: string[] };
    return { headers: w.__headers, live: w.__live };
  });

async function build(page: Page) {
  await page.keyboard.type("cat > Dockerfile <<'EOF'\nFROM alpine:3.20\nRUN echo hi\nEOF\n");
  await watch(page);
  await page.keyboard.type('docker build -t app .');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await seen(page)).live.join('\n'), { timeout: 15_000 })
    .toContain('FINISHED');
  return seen(page);
}

describe('docker build progress in a lesson terminal', () => {
  afterEach(async () => context?.close());

  it('animates the TTY display before the final frame', async () => {
    const page = await open('no-preference');
    const { headers, live } = await build(page);
    // At least one earlier frame: fewer steps done, and no FINISHED yet.
    const earlier = headers.filter((h) => !h.includes('FINISHED'));
    expect(earlier.length).toBeGreaterThan(0);
    const first = /^\[\+\] Building \d+\.\ds \((\d+)\/(\d+)\) +docker:default$/.exec(earlier[0]!);
    expect(first).not.toBeNull();
    expect(Number(first![1])).toBeLessThan(Number(first![2]));
    // The live region is told once, the final text only (other entries are the heredoc's).
    const told = live.filter((t) => t.includes('[+] Building'));
    expect(told).toHaveLength(1);
    expect(told[0]!.match(/\[\+\] Building/g)).toHaveLength(1);
    expect(told[0]).toMatch(/^\[\+\] Building \d+\.\ds \((\d+)\/\1\) FINISHED +docker:default$/m);
  });

  it('shows only the final frame when the learner prefers reduced motion', async () => {
    const page = await open('reduce');
    const { headers, live } = await build(page);
    // The final frame may scroll its header out of a short terminal at once; what matters is
    // that no earlier frame was ever drawn.
    expect(headers.filter((h) => !h.includes('FINISHED'))).toEqual([]);
    const told = live.filter((t) => t.includes('[+] Building'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('FINISHED');
  });
});
