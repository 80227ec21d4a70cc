/** What the host shell emits and returns; a terminal renders these and nothing else. */
import type { RunningHandle } from '../cli/context';
import type { ProgressFrame } from '../format/progress/frames';

export type ShellEvent =
  | {
      readonly type: 'stdout' | 'stderr';
      readonly text: string;
      /**
       * Only on stderr, only in a TTY: BuildKit's display as timed frames ending in `text`.
       * A view may animate them; everything else prints `text` and loses nothing.
       */
      readonly frames?: readonly ProgressFrame[];
    }
  /** Stagecraft's explanation of the last error (not Docker's text). */
  | { readonly type: 'hint'; readonly text: string }
  | { readonly type: 'clear' }
  /** `edit FILE`: the terminal opens its editor on this absolute path. */
  | { readonly type: 'edit'; readonly path: string; readonly content: string };

export type FeedResult =
  /** The line opened a heredoc or ended in `\`: more lines are needed (prompt `> `). */
  | { readonly status: 'more' }
  | { readonly status: 'done'; readonly exitCode: number; readonly running?: RunningHandle };

export interface ShellIo {
  emit(event: ShellEvent): void;
  /** True when a view listens for `edit` events (an editor is attached). */
  readonly editorAttached: boolean;
}
