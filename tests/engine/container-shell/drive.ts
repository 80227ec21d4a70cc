/** Types lines into a TTY session and returns the screen as a terminal shows it: prompt, line, output. */
import { Session, type SessionOptions } from '../../../src/engine/session';

export function newSession(options: SessionOptions = {}): Session {
  return new Session({ tty: true, ...options });
}

export function drive(s: Session, lines: readonly string[]): string {
  let screen = '';
  const off = s.on((e) => {
    if (e.type === 'stdout' || e.type === 'stderr') screen += e.text;
  });
  for (const line of lines) {
    screen += `${s.prompt()}${line}\n`;
    s.feed(line);
  }
  screen += s.prompt();
  off();
  return screen;
}

/** Pulls quietly first, so transcripts hold only the lines under test. */
export function pulled(images: readonly string[], options: SessionOptions = {}): Session {
  const s = newSession(options);
  for (const image of images) s.feed(`docker pull -q ${image}`);
  return s;
}
