import { describe, expect, it } from 'vitest';
import { Session, type ShellEvent } from '../../../src/engine';
import type { RunOutcome } from '../../../src/lib/terminal/command-runner';
import { FramePlayer } from '../../../src/lib/terminal/frame-player';
import { FrameRegion } from '../../../src/lib/terminal/frames';
import { sessionBackend } from '../../../src/lib/terminal/session-backend';
import { ShellController } from '../../../src/lib/terminal/shell-controller';
import { Screen } from './screen';

const FILES = { Dockerfile: 'FROM alpine:3.20\nRUN echo one && echo two\n' };

/** The build's stderr as a sink without animation prints it (today's final text). */
function finalText(): string {
  const s = new Session({ files: FILES, color: false });
  let text = '';
  s.on((e: ShellEvent) => {
    if (e.type === 'stderr' || e.type === 'stdout') text += e.text;
  });
  s.feed('docker build -t app .');
  return text;
}

function setup(options: { reduced?: boolean; sleep?: (ms: number) => Promise<void> }) {
  const session = new Session({ files: FILES, color: false });
  const screen = new Screen(80);
  const writes: string[] = [];
  const finished: RunOutcome[] = [];
  const sleeps: number[] = [];
  const c = new ShellController(
    sessionBackend(session, {
      sleep:
        options.sleep ??
        ((ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        }),
      reducedMotion: () => options.reduced === true,
    }),
    {
      write: (d) => {
        writes.push(d);
        screen.write(d);
      },
      finished: (_c, o) => finished.push(o),
    },
    { cols: 80, rows: 24 },
  );
  c.start();
  const frameWrites = () => writes.filter((w) => w.includes('[+] Building')).length;
  return { c, screen, finished, sleeps, frameWrites };
}

describe('docker build in the terminal', () => {
  it('plays the frames in place, within the budget, and keeps only the final text', async () => {
    const t = setup({});
    t.c.input('docker build -t app .\r');
    await t.c.whenIdle();
    expect(t.frameWrites()).toBeGreaterThan(2);
    expect(t.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2500);
    const final = finalText();
    expect(t.finished).toHaveLength(1);
    expect(t.finished[0]!.transcript).toBe(final);
    // The screen holds the final frame once: earlier frames were overwritten, not scrolled.
    const screen = t.screen.lines().join('\n');
    expect(screen.match(/\[\+\] Building/g)).toHaveLength(1);
    expect(screen).toContain('FINISHED');
    expect(screen).toContain(final.split('\n')[1]!);
  });

  it('with reduced motion writes the final frame once, at once', async () => {
    const t = setup({ reduced: true });
    t.c.input('docker build -t app .\r');
    await t.c.whenIdle();
    expect(t.frameWrites()).toBe(1);
    expect(t.sleeps).toEqual([]);
    expect(t.finished[0]!.transcript).toBe(finalText());
  });

  it('Ctrl-C during the animation jumps to the final frame without ^C', async () => {
    const t = setup({ sleep: () => new Promise<void>(() => {}) });
    t.c.input('docker build -t app .\r');
    await Promise.resolve();
    expect(t.frameWrites()).toBe(1);
    expect(t.screen.lines().join('\n')).not.toContain('FINISHED');
    t.c.input('\x03');
    await t.c.whenIdle();
    expect(t.finished[0]!.transcript).toBe(finalText());
    expect(t.screen.lines().join('\n')).not.toContain('^C');
    expect(t.screen.lines().join('\n')).toContain('FINISHED');
  });

  it('a resize during the animation jumps to the final frame', async () => {
    const t = setup({ sleep: () => new Promise<void>(() => {}) });
    t.c.input('docker build -t app .\r');
    await Promise.resolve();
    t.c.resize(100, 30);
    await t.c.whenIdle();
    expect(t.finished[0]!.transcript).toBe(finalText());
  });

  it('Ctrl-C after the animation acts at the prompt as before', async () => {
    const t = setup({});
    t.c.input('docker build -t app .\r');
    await t.c.whenIdle();
    t.c.input('\x03');
    expect(t.screen.lines().slice(-2)).toEqual([
      'learner@stagecraft:~/app$ ^C',
      'learner@stagecraft:~/app$',
    ]);
  });
});

describe('FramePlayer', () => {
  const frames = [
    { at: 0, text: 'a' },
    { at: 1000, text: 'b' },
    { at: 2000, text: 'c' },
  ];

  it('shows only the final frame with reduced motion', async () => {
    const shown: string[] = [];
    await new FramePlayer().play(frames, (t) => shown.push(t), {
      sleep: () => Promise.reject(new Error('no waiting')),
      reducedMotion: true,
    });
    expect(shown).toEqual(['c']);
  });

  it('scales to the budget and wakes at once when skipped', async () => {
    const player = new FramePlayer();
    const shown: string[] = [];
    const waits: number[] = [];
    const done = player.play(frames, (t) => shown.push(t), {
      sleep: (ms) => (waits.push(ms), new Promise<void>(() => {})),
      reducedMotion: false,
      budgetMs: 500,
    });
    await Promise.resolve();
    player.skip();
    await done;
    expect(waits).toEqual([250]);
    expect(shown).toEqual(['a', 'c']);
  });
});

describe('FrameRegion after a resize', () => {
  it('counts the last frame at the new width, as the terminal reflowed it', () => {
    const region = new FrameRegion();
    region.replace(`${'x'.repeat(79)}\nshort\n`, 80);
    // At 40 columns the 79-cell line takes 2 rows: 3 rows up, not 2.
    expect(region.replace('done\n', 40)).toBe('\r\x1b[3A\x1b[2Kdone\r\n\x1b[J');
  });
});
