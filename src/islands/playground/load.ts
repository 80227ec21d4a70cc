/**
 * The only playground code the page ships up front (a few hundred bytes). The server paints
 * the file list, a same-size picture of the editor and the terminal's placeholder; this loads
 * the rest when the learner reaches for it or the browser is idle, so neither the first paint
 * nor the main thread waits for CodeMirror, the engine or xterm (Lighthouse TBT on phones).
 * The engine and editor come first; xterm only when the terminal nears the viewport or is
 * used, as in a lesson (islands/terminal/load.ts).
 */
import { opensOwnWork } from '../../lib/playground/opening-hint';
import type { PlaygroundHandle } from './playground';

/** Gives the main thread back between big steps, so no single task blocks input. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Some quiet seconds after the load event, when the browser has nothing better to do. The
 * engine's and CodeMirror's start-up are long tasks on a phone's CPU; a learner who reaches
 * for the editor or terminal sooner starts them at once instead.
 */
const QUIET_MS = 3000;
function whenIdle(run: () => void): void {
  const idle = () =>
    setTimeout(
      () =>
        'requestIdleCallback' in window
          ? requestIdleCallback(run, { timeout: 2000 })
          : setTimeout(run),
      QUIET_MS,
    );
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** Resolves once the playground says it is fully interactive (`data-state=ready`). */
function ready(root: HTMLElement): Promise<void> {
  if (root.dataset.state === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.dataset.state !== 'ready') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  });
}

export function loadPlaygroundWhenNeeded(root: HTMLElement): void {
  let loading: Promise<PlaygroundHandle> | undefined;
  const start = (): Promise<PlaygroundHandle> => {
    loading ??= (async () => {
      // The engine evaluates in a task of its own; the wiring's import then finds it ready.
      await import('../../engine');
      await yieldToMain();
      const { startPlayground } = await import('./playground');
      return startPlayground(root);
    })();
    return loading;
  };
  const fail = (error: unknown) => {
    root.dataset.state = 'failed';
    console.warn('Stagecraft: the playground could not start', error);
  };

  // Any hand on the playground starts the loading at once (typing waits for less).
  for (const type of ['pointerdown', 'focusin', 'keydown'] as const) {
    root.addEventListener(type, () => void start().catch(fail), { once: true, passive: true });
  }
  // Reaching for the editor picture loads the editor and then gives it focus.
  const editor = root.querySelector<HTMLElement>('[data-pg-editor]')!;
  const reach = () => void start().then((h) => h.focusEditor(), fail);
  editor.addEventListener('pointerdown', reach, { once: true });
  editor.addEventListener('focusin', reach, { once: true });

  // A file button or form used before the wiring is there acts once it is.
  root.addEventListener(
    'click',
    (event) => {
      if (root.dataset.state === 'ready') return;
      const button = (event.target as Element).closest<HTMLButtonElement>(
        '[data-pg-files] button, [data-pg-filebar] button, [data-pg-share]',
      );
      if (!button) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      // The wiring may redraw the file list: click the button that is there once it is ready,
      // found again by its file path, not the server's element, which may be gone by then.
      const path = button.dataset.path;
      void start()
        .then(() => ready(root))
        .then(() => {
          const again = path
            ? root.querySelector<HTMLButtonElement>(
                `[data-pg-files] button[data-path="${CSS.escape(path)}"]`,
              )
            : button;
          if (again?.isConnected) again.click();
        }, fail);
    },
    { capture: true },
  );
  root.addEventListener(
    'submit',
    (event) => {
      if (root.dataset.state === 'ready') return;
      const form = event.target as HTMLFormElement;
      event.preventDefault(); // without the wiring, the form would reload the page
      event.stopImmediatePropagation();
      void start()
        .then(() => ready(root))
        .then(() => {
          if (form.isConnected) form.requestSubmit();
        }, fail);
    },
    { capture: true },
  );

  // Saved work or a share link: the server's picture shows the wrong files, so no waiting.
  if (opensOwnWork(location.hash, () => window.localStorage)) void start().catch(fail);
  else whenIdle(() => void start().catch(fail));

  // The terminal: when it nears the viewport, or the learner starts it.
  const terminal = root.querySelector<HTMLElement>('[data-terminal]')!;
  const startTerminal = (focus: boolean) => void start().then((h) => h.startTerminal(focus), fail);
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            if (!entries.some((e) => e.isIntersecting)) return;
            observer?.disconnect();
            startTerminal(false);
          },
          { rootMargin: '200px 0px' },
        )
      : null;
  if (observer) observer.observe(terminal);
  else startTerminal(false);
  terminal.addEventListener('click', () => startTerminal(true));
  terminal
    .querySelector('[data-terminal-start]')
    ?.addEventListener('focus', () => startTerminal(true));
}
