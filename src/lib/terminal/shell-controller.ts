/**
 * A bash-like prompt over a TerminalBackend, with no DOM: keys in (what xterm's `onData`
 * delivers), escape sequences out. It owns the line editor, history, Tab completion,
 * continuation lines and the queue of pasted lines, and runs one command at a time; keys
 * typed while a command runs wait their turn, as typeahead does in a real terminal.
 */
import { RED, RESET } from './ansi';
import type { TerminalBackend } from './backend';
import { CommandRunner, type RunOutcome } from './command-runner';
import { applyCompletion } from './completion';
import { History } from './history';
import { decodeInput, type Key } from './keys';
import { EMPTY, edit, insert, withText, type EditAction, type EditorState } from './line-editor';
import { MAX_PASTE_BYTES, pasteBytes, pasteRefusal, pastedLines } from './paste';
import { colourPrompt } from './prompt';
import { renderAccept, renderChange, renderFull, type LineView } from './render';

export interface ControllerSink {
  /** Bytes for the terminal. */
  write(data: string): void;
  bell?(): void;
  /** A command finished: its line and plain-text output (live region, accessible log). */
  finished?(command: string, outcome: RunOutcome): void;
  /** The prompt is showing and waiting (tests and the ready marker use it). */
  ready?(prompt: string): void;
}

export interface ControllerOptions {
  cols: number;
  rows: number;
}

const EDIT_KEYS = new Set<string>([
  'backspace',
  'delete',
  'left',
  'right',
  'home',
  'end',
  'wordLeft',
  'wordRight',
  'killToStart',
  'killToEnd',
  'killWordBack',
  'yank',
]);

export class ShellController {
  private editor: EditorState = EMPTY;
  private readonly history = new History();
  /** Lines of a command the shell is still collecting (heredoc, `\` continuation). */
  private continuing = false;
  private commandLines: string[] = [];
  private readonly runner: CommandRunner;
  private queue: Key[] = [];
  private busy = false;
  private lastWasTab = false;
  /** readline lists on a second Tab only when the first one inserted nothing. */
  private lastTabChanged = false;
  private cols: number;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly backend: TerminalBackend,
    private readonly sink: ControllerSink,
    private readonly options: ControllerOptions,
  ) {
    this.cols = options.cols;
    this.runner = new CommandRunner(
      backend,
      (d) => sink.write(d),
      () => this.cols,
    );
    backend.resize?.(options.cols, options.rows);
    // One history for `history` and Up/Down: a session restored with lines recalls them.
    for (const line of backend.history?.() ?? []) this.history.add(line);
  }

  /** Shows the first prompt, after an optional greeting. */
  start(greeting = ''): void {
    if (greeting !== '') this.sink.write(greeting.replace(/\r?\n/g, '\r\n'));
    this.showPrompt();
  }

  get prompt(): string {
    return colourPrompt(this.backend.prompt());
  }

  /** Resolves once no command is running and no queued key is left. */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  resize(cols: number, rows: number): void {
    this.cols = Math.max(1, cols);
    this.backend.resize?.(this.cols, rows);
    if (this.busy) this.runner.skipAnimation();
  }

  /** Data from xterm's onData. Ctrl-C acts at once; everything else goes through the queue. */
  input(data: string): void {
    const keys = decodeInput(data);
    if (this.busy && this.runner.active) {
      const at = keys.findIndex((k) => k.type === 'key' && k.name === 'interrupt');
      if (at !== -1) {
        // SIGINT flushes typeahead, as the tty driver does.
        this.queue = [];
        this.runner.interrupt();
        this.queue.push(...keys.slice(at + 1));
        return;
      }
    }
    this.queue.push(...keys);
    this.pump();
  }

  /** Types a whole line and presses Enter (the accessible input mode uses this). */
  submit(line: string): void {
    this.queue.push({ type: 'text', text: line }, { type: 'key', name: 'enter' });
    this.pump();
  }

  private view(state = this.editor): LineView {
    return { prompt: this.prompt, text: state.text, cursor: state.cursor };
  }

  private setEditor(next: EditorState): void {
    this.sink.write(renderChange(this.view(), this.view(next), this.cols));
    this.editor = next;
  }

  private showPrompt(): void {
    this.sink.write(renderFull(this.view(), this.cols));
    if (!this.busy && this.queue.length === 0) this.sink.ready?.(this.prompt);
  }

  private pump(): void {
    while (!this.busy && this.queue.length > 0) this.handle(this.queue.shift()!);
  }

  private handle(key: Key): void {
    const wasTab = this.lastWasTab;
    this.lastWasTab = key.type === 'key' && key.name === 'tab';
    if (key.type === 'text') return this.setEditor(insert(this.editor, key.text));
    if (key.type === 'paste') return this.paste(key.text);
    const name = key.name;
    if (EDIT_KEYS.has(name)) return this.setEditor(edit(this.editor, name as EditAction));
    switch (name) {
      case 'enter':
        return this.accept();
      case 'tab':
        return this.complete(wasTab && !this.lastTabChanged);
      case 'up':
      case 'down': {
        const line =
          name === 'up'
            ? this.history.previous(this.editor.text)
            : this.history.next(this.editor.text);
        if (line === undefined) this.sink.bell?.();
        else this.setEditor(withText(line));
        return;
      }
      case 'interrupt':
        this.sink.write(renderAccept(this.view(), this.cols).replace(/\r\n$/, '^C\r\n'));
        if (this.continuing) this.backend.cancel?.();
        this.continuing = false;
        this.commandLines = [];
        this.history.reset();
        this.editor = EMPTY;
        return this.showPrompt();
      case 'clearScreen':
        this.sink.write('\x1b[H\x1b[2J');
        return this.sink.write(renderFull(this.view(), this.cols));
      case 'eof':
        // On an empty line a shell inside a container exits back to the host shell. The host
        // shell itself has nowhere to go back to, so there Ctrl-D only deletes forward.
        if (this.editor.text === '') {
          const accepted = renderAccept(this.view(), this.cols);
          if (this.backend.eof?.()) {
            this.sink.write(accepted);
            return this.showPrompt();
          }
        }
        if (this.editor.text !== '') this.setEditor(edit(this.editor, 'delete'));
        return;
    }
  }

  private paste(text: string): void {
    const bytes = pasteBytes(text);
    if (bytes > MAX_PASTE_BYTES) {
      this.sink.write(renderAccept(this.view(), this.cols));
      this.sink.write(`${RED}${pasteRefusal(bytes)}${RESET}\r\n`);
      return this.showPrompt();
    }
    const { lines, rest } = pastedLines(text);
    const keys: Key[] = [];
    for (const line of lines)
      keys.push({ type: 'text', text: line }, { type: 'key', name: 'enter' });
    if (rest !== '') keys.push({ type: 'text', text: rest });
    this.queue.unshift(...keys.filter((k) => k.type !== 'text' || k.text !== ''));
  }

  private complete(secondTab: boolean): void {
    let result;
    try {
      result = this.backend.complete(this.editor.text, this.editor.cursor);
    } catch {
      return this.sink.bell?.();
    }
    const outcome = applyCompletion(this.editor, result, secondTab, this.cols);
    this.lastTabChanged = false;
    if (outcome.bell) this.sink.bell?.();
    if (outcome.listing) {
      this.sink.write(renderAccept(this.view(), this.cols));
      this.sink.write(outcome.listing.join('\r\n') + '\r\n');
      return this.showPrompt();
    }
    this.lastTabChanged = outcome.state.text !== this.editor.text;
    if (outcome.state !== this.editor) this.setEditor(outcome.state);
  }

  private accept(): void {
    this.sink.write(renderAccept(this.view(), this.cols));
    const line = this.editor.text;
    this.editor = EMPTY;
    // Heredoc bodies stay out of Up/Down history; the first line goes in, as it does in the
    // session's own `history`.
    if (!this.continuing) this.history.add(line);
    else this.history.reset();
    this.commandLines.push(line);
    this.busy = true;
    this.idle = this.execute(line);
  }

  private async execute(line: string): Promise<void> {
    const outcome = await this.runner.run(line);
    // uncertain: bash would print the prompt right after output that lacks a final newline;
    // starting it on a fresh row (as zsh and fish do) keeps the prompt readable.
    if (outcome.endsMidLine) this.sink.write('\r\n');
    this.continuing = outcome.more;
    if (!outcome.more) {
      const command = this.commandLines.join('\n');
      this.commandLines = [];
      if (command.trim() !== '') this.sink.finished?.(command, outcome);
    }
    this.busy = false;
    this.showPrompt();
    this.pump();
    if (this.busy) await this.idle;
  }
}
