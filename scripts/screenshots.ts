/**
 * `npm run screenshots [-- /path/ …]`: serves dist/ and saves full-page screenshots at
 * 390 and 1280 px in the light and dark themes to screenshots/ (git-ignored), so a change
 * can be looked at, not only tested. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/helpers/chromium';
import { repoRoot, startPreview } from '../tests/helpers/preview-server';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = paths.length > 0 ? paths : ['/', '/lessons/01-why-image-size-matters/'];
const outDir = join(repoRoot, 'screenshots');
mkdirSync(outDir, { recursive: true });

const server = await startPreview();
const browser = await launchChromium();
try {
  for (const path of targets) {
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({
          path: join(outDir, name),
          fullPage: process.argv.includes('--full'),
        });
        console.log(join('screenshots', name));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
