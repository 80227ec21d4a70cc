import type { Writer } from './host';

/** Collects everything written, for tests, command substitution and pipes. */
export class BufferWriter implements Writer {
  private chunks: string[] = [];
  write(text: string): void {
    this.chunks.push(text);
  }
  text(): string {
    return this.chunks.join('');
  }
  /** Complete lines; a trailing partial line counts as a line. */
  lines(): string[] {
    const t = this.text();
    if (t === '') return [];
    const parts = t.split('\n');
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
}

/**
 * Turns chunks into whole lines for a line-oriented consumer (the build log, the terminal).
 * Call `flush()` at the end to emit a last line without a newline.
 */
export class LineWriter implements Writer {
  private pending = '';
  constructor(private readonly onLine: (line: string) => void) {}
  write(text: string): void {
    const parts = (this.pending + text).split('\n');
    this.pending = parts.pop()!;
    for (const line of parts) this.onLine(line);
  }
  flush(): void {
    if (this.pending !== '') this.onLine(this.pending);
    this.pending = '';
  }
}

export const NULL_WRITER: Writer = { write: () => {} };

/** Writes one line (adds the newline). */
export function println(w: Writer, line: string): void {
  w.write(line + '\n');
}
