/**
 * The tiny loader every lesson page ships: it runs `load` once, when `root` comes within
 * ~600px of the viewport or the learner focuses or presses something inside it (keyboard
 * users can tab in before scrolling). Until then no island code is fetched.
 */
export function whenNeeded(root: HTMLElement, load: () => Promise<unknown>): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    root.removeEventListener('focusin', start);
    root.removeEventListener('pointerdown', start);
    load().catch((error: unknown) => {
      // Without the island the plain-HTML quiz still teaches; say why nothing reacts.
      root.dataset.islandFailed = 'true';
      console.warn('Stagecraft: could not load the interactive part of this page', error);
    });
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
          rootMargin: '600px 0px',
        })
      : null;
  if (observer) observer.observe(root);
  else start();
  root.addEventListener('focusin', start);
  root.addEventListener('pointerdown', start);
}
