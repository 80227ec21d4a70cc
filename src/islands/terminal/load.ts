/**
 * The only terminal code a lesson page ships up front: it loads the xterm island when the
 * terminal comes within 200px of the viewport, or when the learner focuses or clicks it
 * (then the terminal takes focus). A page whose terminal stays out of view loads no xterm.
 */
export function loadTerminalWhenNeeded(root: HTMLElement): void {
  let started = false;
  const start = (focus: boolean) => {
    if (started) return;
    started = true;
    observer?.disconnect();
    root.dataset.state = 'loading';
    const button = root.querySelector<HTMLButtonElement>('[data-terminal-start]');
    if (button) button.textContent = 'Loading terminal…';
    root.dataset.startedAt = String(performance.now());
    import('./terminal-island')
      .then((m) => m.mountTerminal(root, focus))
      .catch((error: unknown) => {
        root.dataset.state = 'failed';
        if (button) button.textContent = 'The terminal could not load. Reload the page to retry.';
        console.warn('Stagecraft: could not load the terminal', error);
      });
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => entries.some((e) => e.isIntersecting) && start(false),
          {
            rootMargin: '200px 0px',
          },
        )
      : null;
  if (observer) observer.observe(root);
  else start(false);
  root.addEventListener('click', () => start(true));
  root.querySelector('[data-terminal-start]')?.addEventListener('focus', () => start(true));
}
