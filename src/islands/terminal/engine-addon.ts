/**
 * Wires a TerminalBackend to an xterm Terminal, the way xterm's AttachAddon wires a socket:
 * keys from `onData` go to the shell controller, its bytes go to `terminal.write`. The key
 * handler adds what a page needs around a shell: Escape then Tab leaves the terminal (no
 * keyboard trap), and Ctrl-Shift-C copies the selection.
 */
import type { IDisposable, ITerminalAddon, Terminal } from '@xterm/xterm';
import type { TerminalBackend } from '../../lib/terminal/backend';
import type { RunOutcome } from '../../lib/terminal/command-runner';
import { errorLine } from '../../lib/terminal/command-runner';
import { ShellController } from '../../lib/terminal/shell-controller';

export interface EngineAddonHooks {
  finished?(command: string, outcome: RunOutcome): void;
  ready?(): void;
}

export class EngineAddon implements ITerminalAddon {
  private disposables: IDisposable[] = [];
  private escapeArmed = false;
  controller: ShellController | undefined;

  constructor(
    private readonly backend: TerminalBackend,
    private readonly hooks: EngineAddonHooks = {},
  ) {}

  activate(terminal: Terminal): void {
    const controller = new ShellController(
      this.backend,
      {
        write: (data) => terminal.write(data),
        finished: (command, outcome) => this.hooks.finished?.(command, outcome),
        ready: () => this.hooks.ready?.(),
      },
      { cols: terminal.cols, rows: terminal.rows },
    );
    this.controller = controller;
    this.disposables.push(
      terminal.onData((data) => this.guard(terminal, () => controller.input(data))),
      terminal.onResize(({ cols, rows }) => controller.resize(cols, rows)),
    );
    terminal.attachCustomKeyEventHandler((event) => this.onKey(terminal, event));
    // Bracketed paste: xterm then marks pastes, so a pasted line never runs as typed keys.
    terminal.write('\x1b[?2004h');
    controller.start();
  }

  /** Runs a line as if typed (the accessible input mode). */
  submit(line: string): void {
    this.controller?.submit(line);
  }

  private guard(terminal: Terminal, action: () => void): void {
    try {
      action();
    } catch (error) {
      terminal.write(`\r\n\x1b[31m${errorLine(error)}\x1b[0m\r\n`);
    }
  }

  /** false = xterm ignores the event and the browser's default happens. */
  private onKey(terminal: Terminal, event: KeyboardEvent): boolean {
    if (event.key === 'Tab' && this.escapeArmed) {
      if (event.type === 'keydown') this.escapeArmed = false;
      return false;
    }
    if (event.type !== 'keydown') return true;
    if (event.key === 'Escape') {
      this.escapeArmed = true;
      return true;
    }
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) this.escapeArmed = false;
    if (event.ctrlKey && event.shiftKey && event.code === 'KeyC') {
      if (terminal.hasSelection()) void navigator.clipboard?.writeText(terminal.getSelection());
      event.preventDefault();
      return false;
    }
    // Ctrl-Shift-V: let the browser paste (xterm reads the paste event).
    if (event.ctrlKey && event.shiftKey && event.code === 'KeyV') return false;
    return true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.disposables = [];
  }
}
