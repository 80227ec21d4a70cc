import { utf8Length } from '../../util/utf8';

/** bufio.MaxScanTokenSize - 1: the longest line BuildKit's scanner accepts, in bytes. */
export const MAX_LINE_BYTES = 65535;

/**
 * Hands out physical lines like BuildKit's `bufio.Scanner` with `scanLines`: each line
 * keeps its `\n` (heredoc bodies need it), the last line may lack one, and a line longer
 * than 65535 bytes stops the scan (`tooLong`), exactly where Go's scanner would give up.
 */
export class LineReader {
  private pos = 0;
  /** Set when the scan stopped on an over-long line; the caller reports it at the end. */
  tooLong = false;

  constructor(private readonly text: string) {}

  next(): string | null {
    if (this.tooLong || this.pos >= this.text.length) return null;
    const nl = this.text.indexOf('\n', this.pos);
    const end = nl < 0 ? this.text.length : nl + 1;
    const contentEnd = nl < 0 ? end : nl;
    const chars = contentEnd - this.pos;
    // A UTF-16 unit is at most 3 UTF-8 bytes, so short lines need no byte count.
    if (
      chars > MAX_LINE_BYTES / 3 &&
      utf8Length(this.text.slice(this.pos, contentEnd)) > MAX_LINE_BYTES
    ) {
      this.tooLong = true;
      return null;
    }
    const line = this.text.slice(this.pos, end);
    this.pos = end;
    return line;
  }
}
