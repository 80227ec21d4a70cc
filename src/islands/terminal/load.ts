/**
 * The only terminal code a lesson page ships up front: it loads the xterm island when the
 * terminal comes within 200px of the viewport, or when the learner focuses or clicks it
 * (then the terminal takes focus). A page whose terminal stays out of view loads no xterm.
 * It also routes what can happen before the island is there: a scenario's Show me / Reset
 * buttons and the lesson's "Run in terminal" buttons start the island, then act.
 */
import type { TerminalHandle } from './terminal-island';

const handles = new WeakMap<HTMLElement, (focus: boolean) => Promise<TerminalHandle>>();

export function loadTerminalWhenNeeded(root: HTMLElement): void {
  let loading: Promise<TerminalHandle> | undefined;
  const start = (focus: boolean): Promise<TerminalHandle> => {
    if (loading) return loading;
    observer?.disconnect();
    root.dataset.state = 'loading';
    const button = root.querySelector<HTMLButtonElement>('[data-terminal-start]');
    if (button) button.textContent = 'Loading terminal…';
    root.dataset.startedAt = String(performance.now());
    loading = import('./terminal-island').then((m) => m.mountTerminal(root, focus));
    loading.catch((error: unknown) => {
      root.dataset.state = 'failed';
      if (button) button.textContent = 'The terminal could not load. Reload the page to retry.';
      console.warn('Stagecraft: could not load the terminal', error);
    });
    return loading;
  };
  handles.set(root, start);
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => entries.some((e) => e.isIntersecting) && void start(false),
          {
            rootMargin: '200px 0px',
          },
        )
      : null;
  if (observer) observer.observe(root);
  else void start(false);
  root.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-terminal-action]');
    // Scenario buttons keep focus where they are; a click on the terminal itself takes it.
    const ready = start(!action);
    if (action) void ready.then((h) => h.action(action.dataset.terminalAction!, action));
  });
  root.querySelector('[data-terminal-start]')?.addEventListener('focus', () => void start(true));
}

/** The terminal a run button talks to: the closest one before it, else the first after. */
function terminalFor(button: Element, doc: Document): HTMLElement | undefined {
  const all = [...doc.querySelectorAll<HTMLElement>('[data-terminal]')];
  const before = all.filter(
    (t) => t.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return before.at(-1) ?? all[0];
}

/** "Run in terminal": one delegated listener, no xterm until a button is pressed. */
export function listenForRunButtons(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-run-command]');
    if (!button) return;
    const root = terminalFor(button, doc);
    const start = root && handles.get(root);
    if (!root || !start) return;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    root.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    void start(true).then((h) => h.run(button.dataset.runCommand!));
  });
}
