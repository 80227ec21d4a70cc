import type { GenerateSWOptions } from 'workbox-build';

/**
 * What the service worker precaches and how it answers, for `scripts/build-sw.ts`. Kept apart
 * from the script so a unit test can pin the rules that make the course work offline.
 */

/** The worker's file name in dist/: the registration in src/lib/offline/register.ts uses it. */
export const SW_FILE = 'sw.js';

/**
 * Everything a page can ask for: every page, every chunk under _astro/ (islands such as the
 * terminal load lazily, so no page references them up front), fonts, icons, the manifest and
 * Pagefind's script, WebAssembly, index and fragments.
 */
export const PRECACHE_GLOBS = [
  '**/*.{html,js,css,woff,woff2,svg,png,json,webmanifest,txt}',
  'pagefind/**/*',
];

/**
 * Left out: the worker itself, and Pagefind's ready-made search UIs (about 430 KB), which the
 * site does not use: src/pages/search.astro calls pagefind.js's API and renders its own list.
 */
export const PRECACHE_IGNORES = [
  SW_FILE,
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-highlight.js',
];

export function swOptions(distDir: string): GenerateSWOptions {
  return {
    globDirectory: distDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORES,
    swDest: `${distDir}/${SW_FILE}`,
    // Above Workbox's 2 MB default so no large chunk is silently skipped (Workbox warns if so).
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    // Names under _astro/ carry a content hash: no revision query needed to fetch them fresh.
    dontCacheBustURLsMatching: /^_astro\//,
    // The site is static: query strings (?q= on search, Pagefind's ?ts=) never change a file.
    ignoreURLParametersMatching: [/./],
    // Bundle the Workbox runtime into sw.js: the worker never loads code from a CDN.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // An update waits until the learner chooses "Reload" (it sends SKIP_WAITING), so a
    // terminal session is never swapped out under them. The first install takes the open tab
    // at once, so a first visit is offline-ready without a reload.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Known pages come from the precache. Any other page is asked from the network, so a
    // missing page online still gets the server's real 404; offline, the cached 404 page.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      },
    ],
  };
}
