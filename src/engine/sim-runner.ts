/**
 * What `npm run sim` does with piped input, as a pure function so tests can run it without a
 * process: feed each line to a session, print events as a terminal would (hints only when
 * asked), and note foreground containers that keep running. Returns the last status.
 */
import type { Session } from './session';
import type { ShellEvent } from './shell/types';

export interface ScriptSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ScriptOptions {
  /** Print Stagecraft's hints (on stderr, prefixed `hint: `). */
  readonly hints?: boolean;
}

export function runScript(
  session: Session,
  input: string,
  sink: ScriptSink,
  options: ScriptOptions = {},
): number {
  const off = session.on((e: ShellEvent) => {
    if (e.type === 'stdout') sink.stdout(e.text);
    else if (e.type === 'stderr') sink.stderr(e.text);
    else if (e.type === 'hint' && options.hints) sink.stderr(`hint: ${e.text}\n`);
  });
  let status = 0;
  const lines = input.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const r = session.feed(line.replace(/\r$/, ''));
    if (r.status === 'done') {
      status = r.exitCode;
      if (r.running) {
        sink.stderr(
          '[sim] the container keeps running in the foreground; a terminal would wait for Ctrl-C. Continuing.\n',
        );
        // The container stays Up; later lines run as if the learner opened a second terminal.
        (session as unknown as { foreground: undefined }).foreground = undefined;
      }
    }
  }
  off();
  return status;
}
