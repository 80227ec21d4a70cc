/**
 * The update prompt's logic, apart from the DOM and from workbox-window so it can be tested.
 * A new service worker waits (skipWaiting is off, see sw-options.ts) until the learner chooses
 * "Reload": then it is told to take over, and the page reloads once it controls the page.
 */

/** The part of workbox-window's `Workbox` this flow uses. */
export interface UpdateSource {
  addEventListener(type: 'waiting' | 'controlling', listener: (event: UpdateEvent) => void): void;
  messageSkipWaiting(): void;
}

export interface UpdateEvent {
  /** workbox-window: true when a previous worker controlled the page (not a first install). */
  isUpdate?: boolean;
}

export interface PromptView {
  show(): void;
  hide(): void;
}

export interface UpdateFlow {
  /** "Reload": activate the waiting worker, then reload; or just reload if it is active. */
  accept(): void;
  /** "Dismiss": the update applies on its own once every Stagecraft tab is closed. */
  dismiss(): void;
}

type State = 'current' | 'waiting' | 'activating' | 'active-elsewhere';

export function wireUpdates(
  source: UpdateSource,
  view: PromptView,
  reload: () => void,
): UpdateFlow {
  let state: State = 'current';
  source.addEventListener('waiting', () => {
    if (state === 'activating') return;
    state = 'waiting';
    view.show();
  });
  source.addEventListener('controlling', (event) => {
    if (state === 'activating') {
      reload();
      return;
    }
    // A first install taking control changes nothing the learner sees. Another tab accepting
    // the update does: this tab still shows the old version, so offer the reload here too, but
    // never reload a page the learner may be typing in without asking.
    if (event.isUpdate) {
      state = 'active-elsewhere';
      view.show();
    }
  });
  return {
    accept() {
      view.hide();
      if (state === 'waiting') {
        state = 'activating';
        source.messageSkipWaiting();
      } else {
        reload();
      }
    },
    dismiss() {
      view.hide();
    },
  };
}
