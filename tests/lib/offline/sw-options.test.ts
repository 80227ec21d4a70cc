import { describe, expect, it } from 'vitest';
import { minimatch } from 'minimatch';
import {
  PRECACHE_GLOBS,
  PRECACHE_IGNORES,
  SW_FILE,
  swOptions,
} from '../../../src/lib/offline/sw-options';

/** Whether Workbox would precache `path` (relative to dist/) under these globs. */
const precached = (path: string) =>
  PRECACHE_GLOBS.some((g) => minimatch(path, g, { dot: true })) &&
  !PRECACHE_IGNORES.some((g) => minimatch(path, g, { dot: true }));

describe('service worker options', () => {
  it.each([
    'index.html',
    '404.html',
    'lessons/04-distroless-images/index.html',
    'playground/index.html',
    '_astro/terminal-island.Bk0zQI9M.js',
    '_astro/Terminal.CYJGRFSX.css',
    'favicon.svg',
    'icon-192.png',
    'manifest.webmanifest',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'pagefind/pagefind.en_f758632af7.pf_meta',
    'pagefind/index/en_0123.pf_index',
    'pagefind/fragment/en_0123.pf_fragment',
  ])('precaches %s', (path) => {
    expect(precached(path)).toBe(true);
  });

  it.each([SW_FILE, 'pagefind/pagefind-ui.js', 'pagefind/pagefind-component-ui.css'])(
    'leaves out %s',
    (path) => {
      expect(precached(path)).toBe(false);
    },
  );

  it('bundles Workbox, waits for the learner to update, and falls back to the 404 page', () => {
    const options = swOptions('/site/dist');
    expect(options).toMatchObject({
      globDirectory: '/site/dist',
      swDest: '/site/dist/sw.js',
      inlineWorkboxRuntime: true,
      skipWaiting: false,
      clientsClaim: true,
    });
    expect(options.runtimeCaching).toEqual([
      expect.objectContaining({
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      }),
    ]);
    expect(options.ignoreURLParametersMatching?.some((r) => r.test('q'))).toBe(true);
  });
});
