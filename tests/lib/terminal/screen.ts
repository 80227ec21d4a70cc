/* eslint-disable no-control-regex -- the helper parses terminal escape sequences */
/**
 * A tiny VT screen for tests: enough of xterm's behaviour (auto-wrap with a pending-wrap
 * state, CR/LF, relative cursor moves, EL/ED) to check that the renderer's sequences leave
 * exactly the intended text and cursor on screen.
 */
export class Screen {
  rows: string[][] = [[]];
  x = 0;
  y = 0;
  private pendingWrap = false;

  constructor(readonly cols: number) {}

  write(data: string): this {
    let i = 0;
    while (i < data.length) {
      const csi = /^\x1b\[([0-9;?]*)([A-Za-z])/.exec(data.slice(i));
      if (csi) {
        this.control(csi[1]!, csi[2]!);
        i += csi[0].length;
        continue;
      }
      const ch = data[i++]!;
      if (ch === '\r') {
        this.x = 0;
        this.pendingWrap = false;
      } else if (ch === '\n') {
        this.y++;
        this.pendingWrap = false;
      } else if (ch === '\x07') {
        // bell
      } else {
        this.put(ch);
      }
    }
    return this;
  }

  private row(y: number): string[] {
    while (this.rows.length <= y) this.rows.push([]);
    return this.rows[y]!;
  }

  private put(ch: string): void {
    if (this.pendingWrap) {
      this.x = 0;
      this.y++;
      this.pendingWrap = false;
    }
    const row = this.row(this.y);
    while (row.length < this.x) row.push(' ');
    row[this.x] = ch;
    if (this.x === this.cols - 1) this.pendingWrap = true;
    else this.x++;
  }

  private control(params: string, final: string): void {
    const n = params === '' ? 1 : Number(params.split(';')[0]);
    if ('ABCDH'.includes(final)) this.pendingWrap = false;
    switch (final) {
      case 'A':
        this.y = Math.max(0, this.y - n);
        break;
      case 'B':
        this.y += n;
        break;
      case 'C':
        this.x = Math.min(this.cols - 1, this.x + n);
        break;
      case 'D':
        this.x = Math.max(0, this.x - n);
        break;
      case 'K':
        if (params === '2') this.rows[this.y] = [];
        else this.row(this.y).length = Math.min(this.row(this.y).length, this.x);
        break;
      case 'J':
        if (params === '2') this.rows = [[]];
        else {
          this.row(this.y).length = Math.min(this.row(this.y).length, this.x);
          this.rows.length = this.y + 1;
        }
        break;
      case 'H':
        this.x = 0;
        this.y = 0;
        break;
      default:
        break; // SGR and the rest do not move anything
    }
  }

  /** The screen as text lines, trailing spaces trimmed. */
  lines(): string[] {
    return this.rows.map((r) => r.join('').replace(/\s+$/, ''));
  }

  /** All rows joined without breaks: a wrapped line reads as one string. */
  flat(from = 0): string {
    return this.rows
      .slice(from)
      .map((r) => r.join('').padEnd(this.cols, ' '))
      .join('')
      .replace(/\s+$/, '');
  }
}
