// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { versionTokensPlugin } from './src/lib/markdown/satteri-version-tokens.ts';
import { scrollableTablesPlugin } from './src/lib/markdown/satteri-scrollable-tables.ts';
import { runButtonsForTerminalPages } from './src/lib/markdown/satteri-run-buttons.ts';
import { loadShikiClasses, SHIKI_THEMES } from './src/lib/markdown/shiki-theme.ts';
import { shikiStylesheetPlugin } from './src/lib/markdown/shiki-stylesheet-plugin.ts';

// Code colours as classes, not style attributes, so style-src needs no 'unsafe-inline'
// (src/lib/markdown/shiki-classes.ts says why, and why not @shikijs/transformers' version).
const shikiClasses = await loadShikiClasses();

// Static output: `astro build` writes plain files to dist/ that any static host can serve.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every stylesheet as a file from 'self': Astro hashes the <style> elements it inlines into
    // the CSP only for styles of the page itself, not for components inside MDX lessons, whose
    // inlined styles the strict style-src then blocked.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Sätteri is Astro 7's native Markdown pipeline; MDX inherits it.
    processor: satteri({
      mdastPlugins: [versionTokensPlugin],
      hastPlugins: [scrollableTablesPlugin, runButtonsForTerminalPages],
    }),
    shikiConfig: {
      // Dual themes as CSS variables; src/styles/code.css picks one from the site theme.
      themes: SHIKI_THEMES,
      defaultColor: false,
      // null, not false: false adds style="overflow-x: auto"; code.css scrolls blocks instead.
      wrap: null,
      transformers: [shikiClasses.transformer],
    },
  },
  integrations: [mdx()],
  vite: {
    plugins: [shikiStylesheetPlugin(shikiClasses.css)],
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
    // Hash-based CSP: Astro hashes every script and inline stylesheet it emits into a <meta>
    // tag per page, so neither script-src nor style-src has 'unsafe-inline', and there is no
    // 'unsafe-eval'. Pagefind compiles its WebAssembly search index, which needs
    // 'wasm-unsafe-eval' (WebAssembly only, not eval()). Nothing writes style="" attributes:
    // Shiki's colours are classes (src/lib/markdown/shiki-classes.ts), our components use
    // classes, SVG attributes or CSSOM, and xterm.js's run-time <style> elements become
    // adopted stylesheets (src/lib/terminal/csp-styles.ts). frame-ancestors cannot live in a
    // <meta> CSP: the server sends it (docker/server/headers.json). tests/e2e/csp.test.ts
    // checks every page, and a terminal, editor, quiz and search in use, for violations.
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
      styleDirective: { resources: ["'self'"] },
    },
  },
});
