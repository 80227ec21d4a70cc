/**
 * The lazily loaded part of <Terminal>: xterm, its CSS, the engine session and the wiring.
 * Nothing here is fetched until the terminal nears the viewport or the learner starts it.
 */
import '@xterm/xterm/css/xterm.css';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { Session } from '../../engine';
import { stripAnsi } from '../../lib/terminal/ansi';
import { sessionBackend } from '../../lib/terminal/session-backend';
import { setUpAccessibleMode, type AccessibleMode } from './accessible-mode';
import { EngineAddon } from './engine-addon';
import { readTheme, watchTheme } from './theme';

/** Longest text the live region reads out after a command; the log keeps it all. */
const ANNOUNCE_LIMIT = 600;

function announceText(command: string, transcript: string): string {
  const text = stripAnsi(transcript).trim();
  if (text === '') return `${command}: done, no output.`;
  return text.length > ANNOUNCE_LIMIT
    ? `${text.slice(0, ANNOUNCE_LIMIT)}… (output continues)`
    : text;
}

export function mountTerminal(root: HTMLElement, focus: boolean): void {
  const screen = root.querySelector<HTMLElement>('[data-terminal-screen]')!;
  const live = root.querySelector<HTMLElement>('[data-terminal-live]')!;
  const label = root.dataset.label ?? 'Terminal';
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const fontFamily = getComputedStyle(screen).fontFamily;
  const terminal = new Terminal({
    screenReaderMode: true,
    fontFamily,
    fontSize: 14,
    lineHeight: 1.2,
    cursorBlink: !reducedMotion.matches,
    scrollback: 2000,
    reflowCursorLine: true,
    minimumContrastRatio: 4.5,
    theme: readTheme(root),
  });
  const fit = new FitAddon();
  const session = new Session({ tty: true, color: true, width: 80 });
  const views: { accessible?: AccessibleMode } = {};
  const engine = new EngineAddon(
    sessionBackend(session, { reducedMotion: () => reducedMotion.matches }),
    {
      finished(command, outcome) {
        live.textContent = announceText(command, outcome.transcript);
        views.accessible?.append(command, outcome);
      },
      ready() {
        if (root.dataset.state !== 'ready') root.dataset.readyAt = String(performance.now());
        root.dataset.state = 'ready';
      },
    },
  );
  screen.replaceChildren();
  terminal.loadAddon(fit);
  terminal.open(screen);
  fit.fit();
  terminal.loadAddon(engine);
  views.accessible = setUpAccessibleMode(root, (line) => engine.submit(line));

  const textarea = terminal.textarea;
  if (textarea) {
    textarea.setAttribute('aria-label', label);
    const help = root.querySelector('[data-terminal-help]');
    if (help?.id) textarea.setAttribute('aria-describedby', help.id);
  }
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => fit.fit());
  }).observe(screen);
  watchTheme(() => (terminal.options.theme = readTheme(root)));
  if (focus) terminal.focus();
}
