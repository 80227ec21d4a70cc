/**
 * The live region BuildKit redraws: each frame replaces the previous one in place (cursor up
 * over the rows the last frame took, rewrite each row, clear what is left), the way buildx's
 * TTY display does. The next plain output commits the last frame to the scrollback.
 */
import { cellWidth, toCrlf } from './ansi';

export class FrameRegion {
  private lines: string[] = [];
  private last = '';

  /** The last frame drawn and not yet committed ('' when none). */
  get current(): string {
    return this.last;
  }

  replace(frame: string, cols: number): string {
    // Rows are counted at the current width: after a resize the terminal has reflowed the
    // last frame's lines, so the old count would move the cursor to the wrong row.
    const rows = this.lines.reduce(
      (sum, l) => sum + Math.max(1, Math.ceil(cellWidth(l) / Math.max(1, cols))),
      0,
    );
    const lines = frame.replace(/\n$/, '').split('\n');
    let out = rows > 0 ? `\r\x1b[${rows}A` : '';
    for (const line of lines) out += `\x1b[2K${line}\r\n`;
    out += '\x1b[J';
    this.lines = lines;
    this.last = frame.endsWith('\n') ? frame : frame + '\n';
    return out;
  }

  /** Ends the region: the next frame starts below. Returns the frame for the transcript. */
  commit(): string {
    const frame = this.last;
    this.lines = [];
    this.last = '';
    return frame;
  }
}

/** Frames as one string for a transcript: only the final one counts. */
export function finalFrame(frames: readonly string[]): string {
  return toCrlf(frames.at(-1) ?? '');
}
