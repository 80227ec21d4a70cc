/**
 * Pastes arrive as one chunk. Each complete line is typed and entered in order, the way a
 * real terminal feeds them to bash; the shell itself collects heredoc bodies and `\`
 * continuations (it answers `more`), so a pasted `cat > f <<'EOF'` … `EOF` runs as one
 * command, exactly as when typed.
 */

/** Splits pasted text into lines (any line ending); a final line without `\n` stays typed. */
export function pastedLines(text: string): { lines: string[]; rest: string } {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const rest = all.pop() ?? '';
  return { lines: all, rest };
}

/** Pastes bigger than this are refused: xterm and the shell would freeze the tab. */
export const MAX_PASTE_BYTES = 5 * 1024 * 1024;

export function pasteBytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export function pasteRefusal(bytes: number): string {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `Paste refused: ${mb} MB is over the 5 MB limit. Paste smaller parts.`;
}
