/**
 * Colours the shell's plain prompt like Debian's and Ubuntu's default ~/.bashrc does:
 * `user@host` bold green, the directory bold blue. Anything else (PS2 `> `) stays plain.
 */
const PS1 = /^([^@\s]+@[^:\s]+):(.*)([$#]) $/;

export function colourPrompt(plain: string): string {
  const m = PS1.exec(plain);
  if (!m) return plain;
  return `\x1b[01;32m${m[1]}\x1b[00m:\x1b[01;34m${m[2]}\x1b[00m${m[3]} `;
}
