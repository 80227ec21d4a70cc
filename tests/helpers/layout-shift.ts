import type { BrowserContext, Page } from 'playwright-core';

/**
 * Cumulative Layout Shift as Chromium reports it (layout-shift entries without recent input),
 * summed from the first paint: call `watchLayoutShift` before `goto`, read with `layoutShift`.
 */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/**
 * A slow CPU makes Chromium paint long pages before it has parsed them, and islands swap in
 * late: throttling makes those partial paints happen every time, not only on a loaded machine.
 */
export async function throttleCpu(context: BrowserContext, page: Page, rate = 8): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
