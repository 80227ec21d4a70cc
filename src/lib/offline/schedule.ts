/**
 * Runs `task` once the page has loaded and the browser is idle, so offline support (the
 * registration and the precache download it starts) never competes with first paint or with
 * the learner's first interaction.
 */

export interface ScheduleHost {
  readonly document: { readonly readyState: DocumentReadyState };
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  setTimeout(callback: () => void, ms: number): unknown;
}

/** Idle never comes on a busy page; after this many ms the task runs anyway. */
export const IDLE_TIMEOUT_MS = 5000;

export function afterLoadAndIdle(host: ScheduleHost, task: () => void): void {
  const whenIdle = () => {
    if (host.requestIdleCallback) host.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    else host.setTimeout(task, 1); // Safari has no requestIdleCallback
  };
  if (host.document.readyState === 'complete') whenIdle();
  else host.addEventListener('load', whenIdle, { once: true });
}
