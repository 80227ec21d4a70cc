/**
 * Registers the service worker (dist/sw.js, built by scripts/build-sw.ts) and wires the update
 * prompt. Loaded with a dynamic import after the page is idle (UpdatePrompt.astro), so
 * workbox-window stays out of the JavaScript that runs before first paint.
 */
import { Workbox } from 'workbox-window';
import { wireUpdates, type PromptView, type UpdateFlow } from './update-flow';
import { SW_FILE } from './sw-options';

export async function registerOffline(view: PromptView): Promise<UpdateFlow | undefined> {
  try {
    const wb = new Workbox(`/${SW_FILE}`);
    const flow = wireUpdates(wb, view, () => location.reload());
    await wb.register();
    return flow;
  } catch {
    // No worker (private mode, storage disabled, a policy): the site works online as before.
    return undefined;
  }
}
