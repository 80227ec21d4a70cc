/* eslint-disable no-control-regex -- matching terminal escape sequences is this module's job */
/** Small ANSI helpers shared by the renderer, the live region and the accessible log. */
export const ESC = '\x1b';
export const RESET = `${ESC}[0m`;
export const RED = `${ESC}[31m`;

/** Removes CSI/OSC escape sequences and lone control characters, leaving readable text. */
export function stripAnsi(text: string): string {
  return text
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g, '')
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[@-Z\\-_]/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
}

/** Terminal lines end in CRLF; programs print LF. */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Columns a string takes (ANSI removed). Wide East Asian characters count 2. */
export function cellWidth(text: string): number {
  let width = 0;
  for (const ch of stripAnsi(text)) width += charWidth(ch.codePointAt(0)!);
  return width;
}

export function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x300 && code <= 0x36f)) return 0;
  // uncertain: a coarse wide-character table (CJK, Hangul, fullwidth forms, emoji), enough
  // for what learners type; xterm's own table is the reference.
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff)
  ) {
    return 2;
  }
  return 1;
}
