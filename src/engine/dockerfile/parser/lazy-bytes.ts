import { decodeUtf8, encodeUtf8 } from '../../util/utf8';

/**
 * The UTF-8 bytes of a line, encoded only as far as a byte scanner reads, so scanning
 * the flags of a long line (or of ONBUILD nested thousands deep) costs only the flags.
 */
export class LazyBytes {
  private readonly bytes: number[] = [];
  /** For each byte, the string index of the character it starts, or -1 inside one. */
  private readonly starts: number[] = [];
  private next = 0;

  constructor(private readonly text: string) {}

  has(i: number): boolean {
    while (this.bytes.length <= i && this.next < this.text.length) this.encodeOne();
    return i < this.bytes.length;
  }

  /** The byte at `i`, or -1 past the end. */
  at(i: number): number {
    return this.has(i) ? this.bytes[i]! : -1;
  }

  private encodeOne(): void {
    const c = this.text.charCodeAt(this.next);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && this.next + 1 < this.text.length) {
      const low = this.text.charCodeAt(this.next + 1);
      if (low >= 0xdc00 && low <= 0xdfff) width = 2;
    }
    const encoded = c < 0x80 ? [c] : encodeUtf8(this.text.slice(this.next, this.next + width));
    for (let k = 0; k < encoded.length; k++) {
      this.bytes.push(encoded[k]!);
      this.starts.push(k === 0 ? this.next : -1);
    }
    this.next += width;
  }

  /** The text from byte `i` on; a character split by `i` decodes to U+FFFD, as in Go. */
  restFrom(i: number): string {
    if (!this.has(i)) return '';
    let j = i;
    while (j < this.bytes.length && this.starts[j] === -1) j++;
    const head = j > i ? decodeUtf8(this.bytes, i, j) : '';
    const tail =
      j < this.bytes.length ? this.text.slice(this.starts[j]!) : this.text.slice(this.next);
    return head + tail;
  }
}
