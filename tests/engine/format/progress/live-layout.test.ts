import { describe, expect, it } from 'vitest';
import {
  layoutLive,
  logWindow,
  wrapHeight,
} from '../../../../src/engine/format/progress/live-layout';

const job = (name: string, running = false, logs?: string[]) => ({
  name,
  running,
  ...(logs ? { logs } : {}),
});

describe('wrapHeight (progressui)', () => {
  it('keeps every job that fits', () => {
    const jobs = [job('a'), job('b')];
    expect(wrapHeight(jobs, 2)).toEqual(jobs);
  });

  it('keeps the newest jobs and pulls cut running jobs back in place of finished ones', () => {
    const jobs = [job('a', true), job('b'), job('c'), job('d', true), job('e')];
    expect(wrapHeight(jobs, 3).map((j) => j.name)).toEqual(['a', 'd', 'e']);
    expect(wrapHeight([job('a'), job('b'), job('c')], 2).map((j) => j.name)).toEqual(['b', 'c']);
    expect(wrapHeight(jobs, -1)).toEqual([]);
  });
});

describe('logWindow', () => {
  it('wraps at width − 10 and keeps the last rows, blank rows left out', () => {
    expect(logWindow(['x'.repeat(25), '', 'ok'], 20, 6)).toEqual([
      'x'.repeat(10),
      'x'.repeat(10),
      'xxxxx',
      'ok',
    ]);
    expect(logWindow(['1', '2', '3', '4', '5', '6', '7'], 80, 6)).toEqual([
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
  });
});

describe('layoutLive', () => {
  it('shows a log window only when the screen has room for it', () => {
    const jobs = [job('done'), job('run', true, ['one', 'two'])];
    const roomy = layoutLive(jobs, { width: 80, height: 24, logLines: 6 });
    expect(roomy.logs.get(jobs[1]!)).toEqual(['one', 'two']);
    const tight = layoutLive(jobs, { width: 80, height: 10, logLines: 6 });
    expect(tight.logs.size).toBe(0);
  });

  it('leaves room for the log rows when cutting jobs', () => {
    const jobs = [
      ...Array.from({ length: 20 }, (_, i) => job(`j${i}`)),
      job('run', true, ['a', 'b', 'c']),
    ];
    const out = layoutLive(jobs, { width: 80, height: 20, logLines: 6 });
    expect(out.jobs.length).toBe(20 - 2 - 3);
    expect(out.jobs.at(-1)!.name).toBe('run');
  });
});
