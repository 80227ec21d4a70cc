import { describe, expect, it } from 'vitest';
import {
  afterLoadAndIdle,
  IDLE_TIMEOUT_MS,
  type ScheduleHost,
} from '../../../src/lib/offline/schedule';

function fakeHost(readyState: DocumentReadyState, idle: boolean) {
  const log: string[] = [];
  let onLoad: (() => void) | undefined;
  const host: ScheduleHost = {
    document: { readyState },
    addEventListener: (_type, listener) => {
      log.push('wait for load');
      onLoad = listener;
    },
    setTimeout: (callback) => {
      log.push('timeout');
      callback();
    },
  };
  if (idle) {
    host.requestIdleCallback = (callback, options) => {
      log.push(`idle (timeout ${options.timeout})`);
      callback();
      return 1;
    };
  }
  return { host, log, load: () => onLoad!() };
}

describe('afterLoadAndIdle', () => {
  it('waits for load, then for idle, before running the task', () => {
    const { host, log, load } = fakeHost('interactive', true);
    afterLoadAndIdle(host, () => log.push('task'));
    expect(log).toEqual(['wait for load']);
    load();
    expect(log).toEqual(['wait for load', `idle (timeout ${IDLE_TIMEOUT_MS})`, 'task']);
  });

  it('goes straight to idle when the page has already loaded', () => {
    const { host, log } = fakeHost('complete', true);
    afterLoadAndIdle(host, () => log.push('task'));
    expect(log).toEqual([`idle (timeout ${IDLE_TIMEOUT_MS})`, 'task']);
  });

  it('falls back to a timeout where requestIdleCallback is missing', () => {
    const { host, log } = fakeHost('complete', false);
    afterLoadAndIdle(host, () => log.push('task'));
    expect(log).toEqual(['timeout', 'task']);
  });
});
