import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Finds a Chromium to drive: CHROME_PATH, then Debian's /usr/bin/chromium, then a browser
 * Playwright downloaded elsewhere. Playwright's own download does not work on our machines.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', safePlaywrightPath()];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) {
    throw new Error(
      'No Chromium found: set CHROME_PATH, or install it (Debian/Ubuntu: `sudo apt-get install -y chromium`).',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The flags keep Chromium from phoning home (update checks, field trials, sync): the test
 * machines have no network, and the site must make no third-party requests anyway.
 * `npm run audit` launches Chromium for Lighthouse with the same flags.
 */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumFlags],
  });
}
