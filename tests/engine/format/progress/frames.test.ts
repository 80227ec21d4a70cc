import { describe, expect, it } from 'vitest';
import { Session, type SessionOptions } from '../../../../src/engine/session';
import type { ShellEvent } from '../../../../src/engine/shell/types';
import { frameTimes, ttyFrames } from '../../../../src/engine/format/progress/frames';
import { renderTty } from '../../../../src/engine/format/progress/tty';
import type { ProgressEvent } from '../../../../src/engine/format/progress/events';
import { fixtureFiles } from '../../../sim/helpers';

/** Runs lines on a TTY session; returns every stderr event of the last line. */
function stderrOf(lines: string[], options: SessionOptions): Output[] {
  const s = new Session({ tty: true, width: 80, ...options });
  let events: ShellEvent[] = [];
  s.on((e) => events.push(e));
  for (const line of lines) {
    events = [];
    s.feed(line);
  }
  return events.filter((e): e is Output => e.type === 'stderr');
}

/** The stdout/stderr event shape (only stderr carries frames). */
type Output = Extract<ShellEvent, { type: 'stdout' | 'stderr' }>;

const HEADER = /^\[\+\] Building (\d+\.\d)s \((\d+)\/(\d+)\) (FINISHED)?/;

function header(text: string) {
  const m = HEADER.exec(text)!;
  return { secs: Number(m[1]), done: Number(m[2]), total: Number(m[3]), finished: !!m[4] };
}

/** The animation's invariants, whatever the Dockerfile. */
function checkAnimation(e: Output, height?: number) {
  const frames = e.frames!;
  expect(frames.length).toBeGreaterThan(2);
  // The last frame is exactly what the event prints (today's final text).
  expect(frames.at(-1)!.text).toBe(e.text);
  for (let i = 1; i < frames.length; i++) {
    expect(frames[i]!.at).toBeGreaterThan(frames[i - 1]!.at);
    const [a, b] = [header(frames[i - 1]!.text), header(frames[i]!.text)];
    expect(b.secs).toBeGreaterThanOrEqual(a.secs);
    expect(b.done).toBeGreaterThanOrEqual(a.done);
    expect(b.total).toBeGreaterThanOrEqual(a.total);
  }
  for (const f of frames.slice(0, -1)) {
    expect(header(f.text).finished).toBe(false);
    // A live frame fits the screen (header, jobs and log rows), so it can be redrawn in place.
    if (height !== undefined) expect(f.text.split('\n').length - 1).toBeLessThanOrEqual(height - 1);
  }
  expect(header(frames.at(-1)!.text).finished).toBe(true);
  expect(frames[0]!.text).toMatch(/^\[\+\] Building 0\.0s \(0\/1\) {2,}docker:default\n/);
}

describe('BuildKit TTY frames from docker build', () => {
  it('animates a first multi-stage build and ends on the final text', () => {
    const [e] = stderrOf(['docker build -t app .'], { files: fixtureFiles('node-corrected') });
    checkAnimation(e!);
    const headers = e!.frames!.map((f) => header(f.text));
    expect(headers.some((h) => h.done > 0 && h.done < h.total)).toBe(true);
    // A download in progress shows its bytes so far, as buildx does.
    expect(
      e!.frames!.some((f) => / => => sha256:\w+ +\d+(\.\d+)?MB \/ 212\.41MB /.test(f.text)),
    ).toBe(true);
    // A running RUN step shows its last output lines under it.
    expect(
      e!.frames!.some(
        (f) =>
          f.text.includes(
            ' => [build 4/6] RUN npm ci                                                 ',
          ) && f.text.includes('\n => => # added 65 packages'),
      ),
    ).toBe(true);
  });

  it('fits live frames to the terminal height', () => {
    const [e] = stderrOf(['docker build -t app .'], {
      files: fixtureFiles('node-corrected'),
    });
    const s = new Session({ tty: true, width: 80, files: fixtureFiles('node-corrected') });
    s.term = { ...s.term, height: 20 };
    const events: ShellEvent[] = [];
    s.on((x) => events.push(x));
    s.feed('docker build -t app .');
    const tall = events.find((x): x is Output => x.type === 'stderr')!;
    checkAnimation(tall, 20);
    // Same final frame whatever the height: only the animation is fitted.
    expect(tall.text).toBe(e!.text);
    expect(tall.text.split('\n').length - 1).toBeGreaterThan(20);
  });

  it('animates a cached rebuild', () => {
    const files = fixtureFiles('node-corrected');
    const [e] = stderrOf(['docker build -t app .', 'docker build -t app .'], { files });
    checkAnimation(e!);
    expect(e!.text).toContain(' => CACHED [build 4/6] RUN npm ci ');
  });

  it('animates a failing RUN up to its ERROR frame; the error block follows as text', () => {
    const [e, rest] = stderrOf(['docker build -t app .'], {
      files: { Dockerfile: 'FROM alpine:3.20\nRUN echo one && echo two && false\n' },
    });
    checkAnimation(e!);
    expect(e!.text).toContain(' => ERROR [2/2] RUN echo one && echo two && false ');
    const running = e!.frames!.find((f) => f.text.includes(' => => # one'));
    expect(running?.text).toContain(' => [2/2] RUN echo one && echo two && false ');
    expect(rest!.frames).toBeUndefined();
    expect(rest!.text.startsWith('------\n > [2/2] RUN echo one && echo two && false:\n')).toBe(
      true,
    );
  });

  it('docker buildx build animates too', () => {
    const [e] = stderrOf(['docker buildx build -t app .'], {
      files: { Dockerfile: 'FROM alpine:3.20\nRUN echo hi\n' },
    });
    checkAnimation(e!);
  });

  it('sends no frames without a TTY, with plain progress or when output is redirected', () => {
    const files = { Dockerfile: 'FROM alpine:3.20\nRUN echo hi\n' };
    for (const [line, tty] of [
      ['docker build -t app .', false],
      ['docker build --progress=plain -t app .', true],
      ['docker build --progress=tty -t app .', false],
      ['docker build -t app . > out.txt', true],
    ] as const) {
      for (const e of stderrOf([line], { files, tty })) expect(e.frames).toBeUndefined();
    }
  });
});

describe('frameTimes', () => {
  const ev = (ats: number[]): ProgressEvent[] => [
    { type: 'start', at: 0, builder: 'default', driver: 'docker' },
    ...ats.map((at, i) => ({ type: 'vertex' as const, id: i + 1, name: `v${i}`, at })),
    { type: 'end', at: ats.at(-1)! },
  ];

  it('redraws on progress at most every 100 ms, and every 150 ms when nothing happens', () => {
    expect(frameTimes(ev([0, 50, 120, 1000]))).toEqual([0, 120, 270, 420, 570, 720, 870]);
  });

  it('coarsens a long build to at most about 120 frames', () => {
    const times = frameTimes(ev([0, 60_000]));
    expect(times.length).toBeLessThanOrEqual(121);
    expect(times.every((t) => t < 60_000)).toBe(true);
  });

  it('gives a build with no time one frame: the final one', () => {
    const events = ev([0]);
    expect(ttyFrames(events, 80)).toEqual([{ at: 0, text: renderTty(events, 80) }]);
  });
});
