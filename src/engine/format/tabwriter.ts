/**
 * Go's text/tabwriter, as docker/cli's formatter configures it:
 * `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`: minimum cell width 10, padding 3, spaces,
 * no flags (ground truth §2.7, §2.14).
 *
 * Rules reproduced from the Go algorithm:
 * - Cells are tab-terminated. The text after the last tab of a line is not part of any column,
 *   so the last column is never padded (and keeps any trailing spaces it has).
 * - A column block is a run of consecutive lines that all have a cell in that column; its width
 *   is max(cell width + padding, minWidth) over the block. Widths count runes, like Go.
 */

export interface TabwriterOptions {
  readonly minWidth?: number;
  readonly padding?: number;
  readonly padChar?: string;
}

/** Docker's table settings. */
export const DOCKER_TABLE: Required<TabwriterOptions> = { minWidth: 10, padding: 3, padChar: ' ' };

function runeWidth(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Count a surrogate pair once, as Go counts runes.
    if (c < 0xdc00 || c > 0xdfff || i === 0 || (s.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
  }
  return n;
}

interface Cell {
  readonly text: string;
  readonly width: number;
}

/** Format tab-separated `text` exactly as Go's tabwriter would on Flush. */
export function tabwrite(text: string, options: TabwriterOptions = {}): string {
  const { minWidth, padding, padChar } = { ...DOCKER_TABLE, ...options };
  const lines: Cell[][] = text
    .split('\n')
    .map((line) => line.split('\t').map((t) => ({ text: t, width: runeWidth(t) })));
  const out: string[] = new Array<string>(lines.length);
  const widths: number[] = [];

  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      let s = '';
      for (let j = 0; j < line.length; j++) {
        const c = line[j]!;
        s += c.text;
        if (j < widths.length) s += padChar.repeat(Math.max(widths[j]! - c.width, 0));
      }
      out[i] = s;
    }
  };

  // Recursive column-block formatting, as tabwriter.format does.
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let row = line0; row < line1; row++) {
      if (column >= lines[row]!.length - 1) continue;
      writeLines(start, row);
      start = row;
      let width = minWidth;
      for (; row < line1; row++) {
        const line = lines[row]!;
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column]!.width + padding);
      }
      widths.push(width);
      format(start, row);
      widths.pop();
      start = row;
      row--; // the outer loop's row++ must revisit the line that ended the block
    }
    writeLines(start, line1);
  };

  format(0, lines.length);
  return out.join('\n');
}

/** Render rows of cells (header first) the way docker's table formatter does. */
export function formatTable(rows: readonly (readonly string[])[], options?: TabwriterOptions) {
  return tabwrite(rows.map((r) => r.join('\t')).join('\n'), options);
}
