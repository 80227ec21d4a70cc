import { describe, expect, it } from 'vitest';
import {
  wireUpdates,
  type UpdateEvent,
  type UpdateSource,
} from '../../../src/lib/offline/update-flow';

/** A stand-in for workbox-window's Workbox that records what the flow asks of it. */
function fakeSource() {
  const listeners = new Map<string, (event: UpdateEvent) => void>();
  const calls: string[] = [];
  const source: UpdateSource = {
    addEventListener: (type, listener) => void listeners.set(type, listener),
    messageSkipWaiting: () => void calls.push('skip-waiting'),
  };
  const emit = (type: 'waiting' | 'controlling', event: UpdateEvent = {}) =>
    listeners.get(type)!(event);
  return { source, calls, emit };
}

function setup() {
  const { source, calls, emit } = fakeSource();
  const view = {
    show: () => void calls.push('show'),
    hide: () => void calls.push('hide'),
  };
  const flow = wireUpdates(source, view, () => void calls.push('reload'));
  return { flow, calls, emit };
}

describe('wireUpdates', () => {
  it('shows nothing when the first worker takes control', () => {
    const { calls, emit } = setup();
    emit('controlling', { isUpdate: false });
    expect(calls).toEqual([]);
  });

  it('shows the prompt when a new worker waits, and reloads only after it takes control', () => {
    const { flow, calls, emit } = setup();
    emit('waiting');
    expect(calls).toEqual(['show']);
    flow.accept();
    expect(calls).toEqual(['show', 'hide', 'skip-waiting']);
    emit('controlling', { isUpdate: true });
    expect(calls).toEqual(['show', 'hide', 'skip-waiting', 'reload']);
  });

  it('hides on dismiss and leaves the waiting worker alone', () => {
    const { flow, calls, emit } = setup();
    emit('waiting');
    flow.dismiss();
    expect(calls).toEqual(['show', 'hide']);
  });

  it('offers a reload, without forcing one, when another tab activated the update', () => {
    const { flow, calls, emit } = setup();
    emit('waiting');
    emit('controlling', { isUpdate: true });
    expect(calls).toEqual(['show', 'show']);
    flow.accept();
    expect(calls).toEqual(['show', 'show', 'hide', 'reload']);
  });

  it('does not prompt again for a waiting event while the update is activating', () => {
    const { flow, calls, emit } = setup();
    emit('waiting');
    flow.accept();
    emit('waiting');
    expect(calls).toEqual(['show', 'hide', 'skip-waiting']);
  });
});
