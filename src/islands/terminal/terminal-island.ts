/**
 * The lazily loaded part of <Terminal>: xterm, its CSS, the engine session and the wiring.
 * Nothing here is fetched until the terminal nears the viewport or the learner starts it.
 */
import '@xterm/xterm/css/xterm.css';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { Session } from '../../engine';
import { createScenarioSession } from '../../lib/scenarios/session';
import type { ScenarioData } from '../../schemas/scenario';
import { stripAnsi } from '../../lib/terminal/ansi';
import type { RunOutcome } from '../../lib/terminal/command-runner';
import { routeStyleAttributes, withAdoptedStyles } from '../../lib/terminal/csp-styles';
import { sessionBackend } from '../../lib/terminal/session-backend';
import { setUpAccessibleMode, type AccessibleMode } from './accessible-mode';
import { EngineAddon } from './engine-addon';
import { ScenarioRun } from './scenario-run';
import { readTheme, watchTheme } from './theme';
import { typeLines } from './typing';

/** What the page (load.ts) can ask of a mounted terminal. */
export interface TerminalHandle {
  /** Types a command visibly, runs it, and focuses the terminal (run buttons). */
  run(command: string): Promise<void>;
  /** A scenario button: show-me, reset, reset-confirm, reset-cancel. */
  action(name: string, button: HTMLElement): void;
}

function readScenario(root: HTMLElement): ScenarioData | undefined {
  const el = root.querySelector('script[data-scenario-data]');
  return el?.textContent ? (JSON.parse(el.textContent) as ScenarioData) : undefined;
}

/** Longest text the live region reads out after a command; the log keeps it all. */
const ANNOUNCE_LIMIT = 600;

function announceText(command: string, transcript: string): string {
  const text = stripAnsi(transcript).trim();
  if (text === '') return `${command}: done, no output.`;
  return text.length > ANNOUNCE_LIMIT
    ? `${text.slice(0, ANNOUNCE_LIMIT)}… (output continues)`
    : text;
}

/** For a page that owns the session (the playground shares it with its editor). */
export interface MountOptions {
  readonly session?: Session;
  readonly finished?: (command: string, outcome: RunOutcome) => void;
}

export function mountTerminal(
  root: HTMLElement,
  focus: boolean,
  mount: MountOptions = {},
): TerminalHandle {
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
  const data = readScenario(root);
  const scenario = data ? new ScenarioRun(data, root) : undefined;
  const views: { accessible?: AccessibleMode } = {};
  let busy = false;

  const newSession = (): Session => {
    if (mount.session) return mount.session;
    const options = { tty: true, color: true, width: terminal.cols || 80 };
    if (!data) return new Session(options);
    const session = createScenarioSession(data, options);
    scenario!.restore(session);
    return session;
  };

  const attach = (session: Session): EngineAddon => {
    const addon = new EngineAddon(
      sessionBackend(session, { reducedMotion: () => reducedMotion.matches }),
      {
        finished(command, outcome) {
          live.textContent = announceText(command, outcome.transcript);
          views.accessible?.append(command, outcome);
          mount.finished?.(command, outcome);
          scenario?.afterCommand(session, {
            command,
            exitCode: outcome.exitCode,
            output: outcome.transcript,
          });
        },
        ready() {
          if (root.dataset.state !== 'ready') root.dataset.readyAt = String(performance.now());
          root.dataset.state = 'ready';
        },
      },
    );
    terminal.loadAddon(addon);
    return addon;
  };

  screen.replaceChildren();
  terminal.loadAddon(fit);
  // xterm's run-time <style> elements and style="" attributes would break the strict CSP: adopt
  // their CSS and route the attributes through CSSOM instead (src/lib/terminal/csp-styles.ts).
  routeStyleAttributes(document);
  withAdoptedStyles(document, () => terminal.open(screen));
  fit.fit();
  let engine = attach(newSession());
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

  const type = async (lines: readonly string[]) => {
    if (busy || !engine.controller) return;
    busy = true;
    try {
      await typeLines(engine.controller, lines, reducedMotion.matches);
    } finally {
      busy = false;
    }
  };

  const reset = () => {
    engine.dispose();
    terminal.reset();
    scenario?.restart();
    const session = data
      ? createScenarioSession(data, { tty: true, color: true, width: terminal.cols })
      : new Session({ tty: true, color: true, width: terminal.cols });
    engine = attach(session);
    scenario?.panel.announce('The terminal is back at its starting state.');
    terminal.focus();
  };

  return {
    async run(command) {
      terminal.focus();
      await type([command]);
    },
    action(name) {
      if (name === 'show-me') {
        const step = scenario?.current();
        if (!step || busy) return;
        scenario!.panel.announce(`Showing: ${step.title}`);
        terminal.focus();
        void type(step.solution);
      } else if (name === 'reset') scenario?.panel.confirmReset(true);
      else if (name === 'reset-cancel') scenario?.panel.confirmReset(false);
      else if (name === 'reset-confirm') {
        scenario?.panel.confirmReset(false);
        if (busy) return scenario?.panel.announce('Wait until Show me has finished typing.');
        reset();
      }
    },
  };
}
