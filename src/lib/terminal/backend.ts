/**
 * What the terminal needs from a shell, and nothing more (xterm's AttachAddon wires a socket;
 * we wire this). The engine's session satisfies it through a thin adapter in
 * src/islands/terminal/, so these controllers stay pure and testable without the engine.
 */

/** Where a running command sends what it prints. */
export interface RunIO {
  /** Plain output (may contain ANSI colours; `\n` line ends). */
  write(text: string): void;
  /** Output on stderr (shown the same, kept apart for the accessible log). */
  error?(text: string): void;
  /** Stagecraft's explanation of an error, shown apart from Docker's own text. */
  hint?(text: string): void;
  /**
   * Replaces the live region (BuildKit's TTY display) with this frame. Consecutive frames
   * overwrite each other; the next `write` commits the last one.
   */
  frame(text: string): void;
}

/** A command that may keep running (a foreground server) until Ctrl-C. */
export interface RunningCommand {
  /** Resolves with the exit status once the command ends. */
  readonly done: Promise<number>;
  /** Ctrl-C: asks the command to stop; `done` resolves afterwards. */
  interrupt?(): void;
  /**
   * Ctrl-C or a resize during an animation (BuildKit's frames): jump to the final frame.
   * Returns false when nothing is animating, so Ctrl-C then interrupts the command.
   */
  skip?(): boolean;
}

/** Tab completion: replace `line.slice(start, end)` with one of `candidates`. */
export interface CompletionResult {
  readonly start: number;
  readonly end: number;
  /** Full replacement words, e.g. `build`, `Dockerfile`, `src/` (a trailing `/` adds no space). */
  readonly candidates: readonly string[];
  /** What the listing shows per candidate (bash shows file basenames); defaults to candidates. */
  readonly display?: readonly string[];
}

export interface TerminalBackend {
  /** The plain prompt: `learner@stagecraft:~/app$ `, or `> ` while a command continues. */
  prompt(): string;
  /**
   * Runs one typed line. `'more'` means the line opened a heredoc or ended in `\\`: the shell
   * wants the next line (it collects them; the terminal only shows the prompt it gives).
   */
  run(line: string, io: RunIO): 'more' | number | RunningCommand | Promise<number>;
  /** Ctrl-C at the prompt: drop an unfinished heredoc or continuation. */
  cancel?(): void;
  /** Ctrl-D on an empty line: true when it ended something (a shell inside a container). */
  eof?(): boolean;
  complete(line: string, cursor: number): CompletionResult;
  /** Tells the shell the terminal size (docker formats tables and progress to it). */
  resize?(cols: number, rows: number): void;
  /** Lines the shell already ran (a restored playground): Up recalls them, oldest first. */
  history?(): readonly string[];
}
