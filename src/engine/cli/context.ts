/**
 * What a docker subcommand receives besides its parsed flags: the daemon, the host side
 * (workspace filesystem, cwd, environment), the terminal it prints to, and the output sinks.
 */
import type { Daemon } from '../daemon/daemon';
import type { ProgressFrame } from '../format/progress/frames';
import type { Vfs } from '../fs';

export interface Output {
  stdout(text: string): void;
  /**
   * `frames`: BuildKit's TTY display as an animation that ends in `text` (a TTY only). A sink
   * that cannot animate prints `text`, which is exactly the last frame.
   */
  stderr(text: string, frames?: readonly ProgressFrame[]): void;
  /** Stagecraft's explanation of an error, shown apart from Docker's own text. */
  hint?(text: string): void;
}

export interface HostEnv {
  /** The host workspace (what `ls`, `cat > file` and `docker build .` see). */
  readonly fs: Vfs;
  /** Absolute working directory. */
  readonly cwd: string;
  /** Environment for this command, including one-off assignments (`DOCKER_BUILDKIT=0 docker …`). */
  readonly env: Readonly<Record<string, string>>;
}

export interface TerminalInfo {
  /** stdout is a terminal: BuildKit's TTY display, pull progress redrawn in place, tree view chips. */
  readonly tty: boolean;
  readonly width: number;
  /** Rows, when known: BuildKit's live frames fit them (the final frame shows every line). */
  readonly height?: number;
  /** ANSI colours allowed (TTY and no NO_COLOR). */
  readonly color: boolean;
}

/** A foreground container that keeps running (a server) until the terminal interrupts it. */
export interface RunningHandle {
  readonly containerId: string;
  /** Ctrl-C. Returns the exit status `docker run` ends with; prints through the same Output. */
  interrupt(): number;
}

export interface CommandResult {
  readonly exitCode: number;
  readonly running?: RunningHandle;
}

export interface CommandContext {
  readonly daemon: Daemon;
  readonly host: HostEnv;
  readonly term: TerminalInfo;
  readonly out: Output;
}
