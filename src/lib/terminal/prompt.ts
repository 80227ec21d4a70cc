/**
 * Colours the learner's host prompt like Debian's and Ubuntu's default ~/.bashrc does:
 * `user@host` bold green, the directory bold blue. Anything else stays plain: PS2 `> `, and
 * prompts inside containers, whose bash reads /etc/bash.bashrc's uncoloured
 * `root@<id>:/# ` (no ~/.bashrc asks for colour there).
 */
const PS1 = /^([^@\s]+@stagecraft):(.*)([$#]) $/;

export function colourPrompt(plain: string): string {
  const m = PS1.exec(plain);
  if (!m) return plain;
  return `\x1b[01;32m${m[1]}\x1b[00m:\x1b[01;34m${m[2]}\x1b[00m${m[3]} `;
}
