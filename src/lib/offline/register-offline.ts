/**
 * Registers the service worker (dist/sw.js, built by scripts/build-sw.ts) and wires the update
 * prompt of UpdatePrompt.astro. That component imports this module only after the page has
 * loaded and gone idle, so workbox-window and this code stay out of the JavaScript that runs
 * before first paint and first interaction. Its chunk name (register-offline) lets the page
 * weight tests tell it apart from the loaders a lesson needs.
 */
import { Workbox } from 'workbox-window';
import { wireUpdates, type PromptView } from './update-flow';
import { SW_FILE } from './sw-options';

export const UPDATE_MESSAGE = 'A new version of Stagecraft is available.';

/** The prompt's markup (UpdatePrompt.astro) as a view the update flow can show and hide. */
function promptView(box: HTMLElement): PromptView {
  const message = box.querySelector<HTMLElement>('[data-update-message]')!;
  const actions = box.querySelector<HTMLElement>('[data-update-actions]')!;
  return {
    show() {
      box.dataset.open = '';
      actions.hidden = false;
      message.textContent = UPDATE_MESSAGE;
    },
    hide() {
      delete box.dataset.open;
      actions.hidden = true;
      message.textContent = '';
    },
  };
}

export async function startOffline(box: HTMLElement): Promise<void> {
  try {
    const wb = new Workbox(`/${SW_FILE}`);
    const flow = wireUpdates(wb, promptView(box), () => location.reload());
    box.querySelector('[data-update-reload]')!.addEventListener('click', () => flow.accept());
    box.querySelector('[data-update-dismiss]')!.addEventListener('click', () => flow.dismiss());
    await wb.register();
  } catch {
    // No worker (private mode, storage disabled, a policy): the site works online as before.
  }
}
