import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './preview-server';

/**
 * Whether dist/ holds the real offline worker. `npm run build` ends with scripts/build-sw.ts,
 * which writes it; a bare `astro build` leaves public/sw.js, a placeholder that caches nothing.
 */
export function hasOfflineWorker(distDir = join(repoRoot, 'dist')): boolean {
  try {
    return !readFileSync(join(distDir, 'sw.js'), 'utf8').startsWith('// Placeholder');
  } catch {
    return false;
  }
}
