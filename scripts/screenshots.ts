/**
 * `npm run screenshots [-- /path/ …] [--full] [--run "docker build -t app ."]`: serves dist/
 * and saves screenshots at 390 and 1280 px in the light and dark themes to screenshots/
 * (git-ignored), so a change can be looked at, not only tested. Run `npm run build` first.
 * With `--run`, the page's first terminal is started, the command typed into it, and the
 * shot is of the terminal once the command has finished (what a learner sees).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium';
import { repoRoot, startPreview } from '../tests/helpers/preview-server';

const args = process.argv.slice(2);
const runIndex = args.indexOf('--run');
const command = runIndex >= 0 ? args[runIndex + 1] : undefined;
const paths = args.filter((a, i) => a.startsWith('/') && (runIndex < 0 || i !== runIndex + 1));
const targets = paths.length > 0 ? paths : ['/', '/lessons/01-why-image-size-matters/'];
const outDir = join(repoRoot, 'screenshots');
mkdirSync(outDir, { recursive: true });

/** Starts the first terminal, runs the command and waits for the prompt to come back. */
async function runInTerminal(page: Page, line: string): Promise<void> {
  const terminal = page.locator('[data-terminal]').first();
  await terminal.scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-terminal][data-state=ready]');
  await terminal.locator('.xterm').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  // The build animation ends within its 2.5 s budget; then the prompt is back on the last line.
  const rows = terminal.locator('.xterm-rows');
  const idle = async () => /\$\s*$/.test((await rows.innerText()).trimEnd() + ' ');
  await page.waitForTimeout(500);
  for (let i = 0; i < 100 && !(await idle()); i++) await page.waitForTimeout(100);
}

const server = await startPreview();
const browser = await launchChromium();
try {
  for (const path of targets) {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const slug = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
        const name = `${slug}${command ? '-terminal' : ''}-${width}-${colorScheme}.png`;
        if (command) {
          await runInTerminal(page, command);
          await page
            .locator('[data-terminal]')
            .first()
            .screenshot({ path: join(outDir, name) });
        } else {
          await page.screenshot({
            path: join(outDir, name),
            fullPage: args.includes('--full'),
          });
        }
        console.log(join('screenshots', name));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
