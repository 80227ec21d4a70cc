/**
 * Types lines into the shell controller the way a person would: visibly, key by key, then
 * Enter, waiting for each command to finish. Used by "Show me" and the run buttons. With
 * reduced motion each line appears at once.
 */
import type { ShellController } from '../../lib/terminal/shell-controller';

/** Ctrl-E then Ctrl-U: clear whatever the learner had on the line first. */
const CLEAR_LINE = '\x05\x15';
/** A long heredoc line should not take ages: at most this long per line. */
const LINE_MS = 500;
const KEY_MS = 22;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function typeLines(
  controller: ShellController,
  lines: readonly string[],
  reducedMotion: boolean,
): Promise<void> {
  await controller.whenIdle();
  controller.input(CLEAR_LINE);
  for (const line of lines) {
    if (reducedMotion || line.length === 0) controller.input(line);
    else {
      const delay = Math.min(KEY_MS, LINE_MS / line.length);
      for (const ch of line) {
        controller.input(ch);
        await sleep(delay);
      }
    }
    controller.input('\r');
    await controller.whenIdle();
  }
}
