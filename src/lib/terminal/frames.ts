/**
 * The live region BuildKit redraws: each frame replaces the previous one in place (cursor up
 * over the rows the last frame took, rewrite each row, clear what is left), the way buildx's
 * TTY display does. The next plain output commits the last frame to the scrollback.
 */
import { cellWidth, toCrlf } from './ansi';

export class FrameRegion {
  private rows = 0;
  private last = '';

  /** The last frame drawn and not yet committed ('' when none). */
  get current(): string {
    return this.last;
  }

  replace(frame: string, cols: number): string {
    const lines = frame.replace(/\n$/, '').split('\n');
    let out = this.rows > 0 ? `\r\x1b[${this.rows}A` : '';
    for (const line of lines) out += `\x1b[2K${line}\r\n`;
    out += '\x1b[J';
    this.rows = lines.reduce((sum, l) => sum + Math.max(1, Math.ceil(cellWidth(l) / cols)), 0);
    this.last = frame.endsWith('\n') ? frame : frame + '\n';
    return out;
  }

  /** Ends the region: the next frame starts below. Returns the frame for the transcript. */
  commit(): string {
    const frame = this.last;
    this.rows = 0;
    this.last = '';
    return frame;
  }
}

/** Frames as one string for a transcript: only the final one counts. */
export function finalFrame(frames: readonly string[]): string {
  return toCrlf(frames.at(-1) ?? '');
}
