/**
 * Post-build step (`npm run build`): writes dist/sw.js, a service worker that precaches the
 * whole course so every lesson, terminal, quiz, the playground and search work offline after
 * the first visit. Runs after Pagefind, because the search index is part of the precache.
 */
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { swOptions } from '../src/lib/offline/sw-options.ts';

const dist = resolve(import.meta.dirname, '../dist');
const { count, size, warnings } = await generateSW(swOptions(dist));
for (const warning of warnings) console.warn(`build-sw: ${warning}`);
console.log(`build-sw: dist/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
// A skipped file would be a page or chunk missing offline: fail the build instead.
if (warnings.length > 0) process.exit(1);
