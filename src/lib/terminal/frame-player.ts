/**
 * Plays BuildKit TTY frames at (scaled) simulated time, so a build is seen progressing, and
 * shows only the final frame when the learner prefers reduced motion or presses Ctrl-C.
 * A simulated build can claim minutes; the animation is squeezed into a short budget.
 */
export interface TimedFrame {
  /** Simulated milliseconds since the build started. */
  readonly at: number;
  readonly text: string;
}

export interface PlayOptions {
  readonly sleep: (ms: number) => Promise<void>;
  readonly reducedMotion: boolean;
  /** Longest the whole animation may take. */
  readonly budgetMs?: number;
  /** Frames closer together than this (after scaling) are skipped, as buildx redraws at 10 Hz. */
  readonly minGapMs?: number;
}

export class FramePlayer {
  private skipped = false;
  private wake: (() => void) | undefined;

  /** Ctrl-C or a resize: jump to the final frame at once, not after the current wait. */
  skip(): void {
    this.skipped = true;
    this.wake?.();
  }

  private wait(ms: number, sleep: (ms: number) => Promise<void>): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve;
      void sleep(ms).then(resolve);
    }).finally(() => (this.wake = undefined));
  }

  async play(
    frames: readonly TimedFrame[],
    show: (text: string) => void,
    o: PlayOptions,
  ): Promise<void> {
    const last = frames.at(-1);
    if (!last) return;
    if (o.reducedMotion || frames.length === 1) return show(last.text);
    const budget = o.budgetMs ?? 2500;
    const minGap = o.minGapMs ?? 80;
    const total = last.at - frames[0]!.at;
    const scale = total > budget ? budget / total : 1;
    let shownAt = frames[0]!.at;
    show(frames[0]!.text);
    for (let i = 1; i < frames.length && !this.skipped; i++) {
      const frame = frames[i]!;
      const wait = (frame.at - shownAt) * scale;
      if (wait < minGap && i < frames.length - 1) continue;
      await this.wait(wait, o.sleep);
      if (this.skipped) break;
      show(frame.text);
      shownAt = frame.at;
    }
    if (this.skipped) show(last.text);
  }
}
