/**
 * docker/cli `formatter.Ellipsis`: cut to a display width, ending in `…` (ground truth §2.8:
 * COMMAND is cut to 20 columns, §2.13: CREATED BY to 45). Wide (East Asian) runes count 2.
 */

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Display width in terminal columns (approximation of go-runewidth for common text). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

/** `Ellipsis(s, maxDisplayWidth)`: keep what fits in max - 1 columns, then `…`. */
export function ellipsis(s: string, maxDisplayWidth: number): string {
  if (maxDisplayWidth <= 0) return '';
  const runes = Array.from(s);
  if (maxDisplayWidth === 1) return runes[0] ?? '';
  if (displayWidth(s) <= maxDisplayWidth) return s;
  let width = 0;
  let i = 0;
  for (; i < runes.length; i++) {
    const w = isWide(runes[i]!.codePointAt(0)!) ? 2 : 1;
    if (width + w > maxDisplayWidth - 1) break;
    width += w;
  }
  return `${runes.slice(0, i).join('')}…`;
}
