import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../helpers/chromium';
import { repoRoot, startPreview } from '../helpers/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site once for every browser test file. */
export default async function setup(project: TestProject) {
  if (!existsSync(join(repoRoot, 'dist/index.html'))) {
    throw new Error(
      'dist/ is missing: run `npm run build` before the browser tests (npm test does).',
    );
  }
  findChromium(); // fail early, in one line, when no browser is installed
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return async () => server.stop();
}
