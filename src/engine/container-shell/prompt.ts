/**
 * The prompt an interactive shell in a container shows, from its defaults (no ~/.profile is
 * read: `docker run -it IMAGE sh` starts a non-login shell). The ground truth file is silent
 * on prompts; these are the shells' own defaults:
 * - busybox ash (alpine, busybox, distroless :debug): PS1 `\w \$ ` → `/ # `, `~ $ `.
 * - dash (debian's sh): PS1 `# ` for root, `$ ` otherwise.
 * - bash on debian/ubuntu: /etc/bash.bashrc sets `\u@\h:\w\$ ` → `root@<12-hex id>:/# `;
 *   elsewhere bash's built-in default `\s-\v\$ ` → `bash-5.2# `.
 * With `-i` and no `-t` stdin is a pipe, the shell is not interactive and prints no prompt.
 */
import type { Flavour } from '../programs/sh/messages';

export interface PromptInput {
  readonly flavour: Flavour;
  readonly interactive: boolean;
  readonly uid: number;
  /** The user's name from /etc/passwd, or undefined (bash then shows `I have no name!`). */
  readonly userName: string | undefined;
  readonly cwd: string;
  readonly home: string | undefined;
  /** The container's hostname: the first 12 hex digits of its id. */
  readonly hostname: string;
  /** bash reads /etc/bash.bashrc (Debian, Ubuntu) and takes its PS1 from it. */
  readonly debianBashrc: boolean;
}

/** `\w`: the working directory with $HOME shown as `~`. */
function tildeDir(cwd: string, home: string | undefined): string {
  if (home && home !== '/' && (cwd === home || cwd.startsWith(`${home}/`))) {
    return `~${cwd.slice(home.length)}`;
  }
  return cwd;
}

export function containerPrompt(p: PromptInput): string {
  if (!p.interactive) return '';
  const sign = p.uid === 0 ? '#' : '$';
  switch (p.flavour) {
    case 'ash':
      // uncertain: busybox 1.36/1.37 built with FEATURE_EDITING_FANCY_PROMPT (alpine, distroless
      // :debug) defaults PS1 to `\w \$ `; seen as `/ # ` in `docker run -it alpine sh`.
      return `${tildeDir(p.cwd, p.home)} ${sign} `;
    case 'dash':
      return `${sign} `;
    case 'bash':
      if (!p.debianBashrc) return `bash-5.2${sign} `; // uncertain: the bash version shown
      return `${p.userName ?? 'I have no name!'}@${p.hostname}:${tildeDir(p.cwd, p.home)}${sign} `;
  }
}
