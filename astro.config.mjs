// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { versionTokensPlugin } from './src/lib/markdown/satteri-version-tokens.ts';
import { scrollableTablesPlugin } from './src/lib/markdown/satteri-scrollable-tables.ts';
import { runButtonsForTerminalPages } from './src/lib/markdown/satteri-run-buttons.ts';

// Static output: `astro build` writes plain files to dist/ that any static host can serve.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Sätteri is Astro 7's native Markdown pipeline; MDX inherits it.
    processor: satteri({
      mdastPlugins: [versionTokensPlugin],
      hastPlugins: [scrollableTablesPlugin, runButtonsForTerminalPages],
    }),
    shikiConfig: {
      // Dual themes as CSS variables; src/styles/code.css picks one from the site theme.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      wrap: false,
    },
  },
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: {
        // withastro/astro#18087: MDX's "use astro:head-inject" marker makes rolldown warn once
        // per lesson. It is harmless; hiding only it keeps real build warnings visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) {
            return;
          }
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  security: {
    // Hash-based CSP: Astro hashes every script it emits into a <meta> tag per page, so
    // script-src has no 'unsafe-inline' and no 'unsafe-eval'. Pagefind compiles its WebAssembly
    // search index, which needs 'wasm-unsafe-eval' (WebAssembly only, not eval()).
    // Styles cannot be hashed yet: Shiki colours each token with a style="" attribute and
    // xterm.js adds <style> elements at run time, so style-src allows inline CSS (CSS cannot
    // run script). frame-ancestors cannot live in a <meta> CSP: the server sends it
    // (docker/server/headers.json). tests/e2e/csp.test.ts checks every page for violations.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
