/**
 * Serves the code stylesheet (shiki-theme.ts) as the CSS module `virtual:stagecraft/shiki.css`,
 * which BaseLayout imports: Vite bundles it with the other CSS into a hashed file under /_astro/,
 * so the strict style-src ('self' plus Astro's hashes) covers it like any stylesheet.
 */
import type { Plugin } from 'vite';

export const SHIKI_CSS_ID = 'virtual:stagecraft/shiki.css';
const RESOLVED_ID = `\0${SHIKI_CSS_ID}`;

export function shikiStylesheetPlugin(css: string): Plugin {
  return {
    name: 'stagecraft:shiki-stylesheet',
    resolveId(id) {
      return id === SHIKI_CSS_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? css : undefined;
    },
  };
}
