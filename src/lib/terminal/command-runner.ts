/**
 * Runs one typed line on the backend and routes what it prints: plain output straight to the
 * terminal (LF → CRLF), Stagecraft's hints in cyan, BuildKit frames through the redrawn live
 * region, and a throw from the backend as one red line, so a bug in the simulation never
 * breaks the page. It keeps a plain-text transcript for the live region and accessible log.
 */
import { RED, RESET, stripAnsi, toCrlf } from './ansi';
import type { RunIO, RunningCommand, TerminalBackend } from './backend';
import { FrameRegion } from './frames';

export interface RunOutcome {
  /** The shell wants another line (heredoc body, `\` continuation). */
  readonly more: boolean;
  readonly exitCode: number;
  /** Everything the command printed, ANSI removed (final BuildKit frame only). */
  readonly transcript: string;
  /** Whether the output ended mid-line (the prompt then starts on a fresh row). */
  readonly endsMidLine: boolean;
}

export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] || 'unknown error';
  return `stagecraft: the simulated shell failed: ${first}`;
}

export class CommandRunner {
  private running: RunningCommand | undefined;
  private transcript = '';
  private lastChar = '\n';
  private readonly frames = new FrameRegion();

  constructor(
    private readonly backend: TerminalBackend,
    private readonly write: (data: string) => void,
    private readonly cols: () => number,
  ) {}

  get active(): boolean {
    return this.running !== undefined;
  }

  /**
   * Ctrl-C while a command runs: the tty echoes `^C`, then the command is told to stop. During
   * BuildKit's animation the build has already finished in the simulation, so Ctrl-C only
   * jumps to the final frame (no `^C` in the middle of the display or the transcript).
   */
  interrupt(): void {
    if (this.running?.skip?.()) return;
    this.print('^C');
    this.running?.interrupt?.();
  }

  /** A resize during an animation: frames drawn for the old width would tear, so end it. */
  skipAnimation(): void {
    this.running?.skip?.();
  }

  async run(line: string): Promise<RunOutcome> {
    this.transcript = '';
    this.lastChar = '\n';
    const io: RunIO = {
      write: (text) => this.print(text),
      error: (text) => this.print(text),
      hint: (text) => this.print(`\x1b[36mhint: ${text.replace(/\n$/, '')}${RESET}\n`),
      frame: (text) => this.write(this.frames.replace(text.replace(/\r\n/g, '\n'), this.cols())),
    };
    let exitCode = 0;
    let more = false;
    try {
      const result = this.backend.run(line, io);
      if (result === 'more') more = true;
      else if (typeof result === 'number') exitCode = result;
      else if (result instanceof Promise) exitCode = await result;
      else {
        this.running = result;
        exitCode = await result.done;
      }
    } catch (error) {
      this.commitFrame();
      if (this.lastChar !== '\n') this.print('\n');
      this.print(`${RED}${errorLine(error)}${RESET}\n`);
      exitCode = 1;
    } finally {
      this.running = undefined;
    }
    this.commitFrame();
    return {
      more,
      exitCode,
      transcript: stripAnsi(this.transcript),
      endsMidLine: this.lastChar !== '\n',
    };
  }

  private commitFrame(): void {
    const frame = this.frames.commit();
    if (frame === '') return;
    this.transcript += frame;
    this.lastChar = '\n';
  }

  private print(text: string): void {
    if (text === '') return;
    this.commitFrame();
    this.transcript += text;
    const plain = stripAnsi(text);
    if (plain !== '') this.lastChar = plain.at(-1)!;
    this.write(toCrlf(text));
  }
}
