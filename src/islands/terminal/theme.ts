/**
 * The terminal's colours come from the site's CSS variables (set per theme on <html>), so the
 * terminal follows the light/dark toggle. Terminal.astro maps site colours to --term-* names;
 * this resolves them and hands xterm a fresh ITheme object (xterm compares by reference).
 */
import type { ITheme } from '@xterm/xterm';

const KEYS: Record<string, keyof ITheme> = {
  '--term-bg': 'background',
  '--term-fg': 'foreground',
  '--term-cursor': 'cursor',
  '--term-selection': 'selectionBackground',
  '--term-black': 'black',
  '--term-red': 'red',
  '--term-green': 'green',
  '--term-yellow': 'yellow',
  '--term-blue': 'blue',
  '--term-magenta': 'magenta',
  '--term-cyan': 'cyan',
  '--term-white': 'white',
};

export function readTheme(el: Element): ITheme {
  // Site colours may use any CSS syntax (light-dark(), color-mix()); xterm parses only plain
  // colours, so each variable is resolved through a probe element's computed `color`.
  const probe = document.createElement('span');
  probe.hidden = true;
  el.append(probe);
  const theme: Record<string, string> = {};
  for (const [variable, key] of Object.entries(KEYS)) {
    probe.style.color = '';
    probe.style.color = `var(${variable})`;
    const value = getComputedStyle(probe).color;
    if (value) theme[key] = value;
  }
  probe.remove();
  // Bold prompt colours use the bright slots; keep them the same readable colours.
  for (const c of ['Black', 'Red', 'Green', 'Yellow', 'Blue', 'Magenta', 'Cyan', 'White']) {
    const base = theme[c.toLowerCase()];
    if (base) theme[`bright${c}`] = base;
  }
  theme['cursorAccent'] = theme['background'] ?? '';
  return theme as ITheme;
}

/** Calls `apply` whenever <html data-theme> changes; returns the disconnect function. */
export function watchTheme(apply: () => void): () => void {
  const observer = new MutationObserver(apply);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
