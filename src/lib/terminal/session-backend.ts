/**
 * The engine's Session as a TerminalBackend: one typed line in, its events out. The session
 * is synchronous, so a command's events are collected while it runs and then delivered in
 * order; BuildKit's TTY display (a stderr event with `frames`) is animated on the way,
 * unless the learner prefers reduced motion: then only its final frame shows. A foreground container keeps the command running until Ctrl-C.
 */
import type { Session, ShellEvent } from '../../engine';
import type { CompletionResult, RunIO, RunningCommand, TerminalBackend } from './backend';
import { FramePlayer, type TimedFrame } from './frame-player';

/** A build's TTY display: stderr whose text is the final frame, with the frames before it. */
function framesOf(e: ShellEvent): readonly TimedFrame[] | undefined {
  return e.type === 'stderr' && e.frames && e.frames.length > 0 ? e.frames : undefined;
}

export interface SessionBackendOptions {
  readonly sleep?: (ms: number) => Promise<void>;
  readonly reducedMotion?: () => boolean;
}

/** `clear`: the screen and the scrollback, like bash's clear (E3). */
const CLEAR = '\x1b[H\x1b[2J\x1b[3J';

function deliverNow(e: ShellEvent, io: RunIO): void {
  if (e.type === 'stdout') io.write(e.text);
  else if (e.type === 'stderr') {
    // The final frame goes to the live region too, so it replaces any frame drawn before it.
    if (framesOf(e)) io.frame(e.text);
    else (io.error ?? io.write)(e.text);
  } else if (e.type === 'hint') (io.hint ?? io.write)(e.text);
  else if (e.type === 'clear') io.write(CLEAR);
  // `edit` events need an editor; the session is created without one, so they do not come.
}

/** bash lists file candidates by their last path segment. */
export function displayName(candidate: string): string {
  const dir = candidate.endsWith('/');
  const name = (dir ? candidate.slice(0, -1) : candidate).split('/').at(-1) ?? candidate;
  return dir ? `${name}/` : name;
}

export function sessionBackend(
  session: Session,
  options: SessionBackendOptions = {},
): TerminalBackend {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const reduced = options.reducedMotion ?? (() => false);

  function run(line: string, io: RunIO): 'more' | number | RunningCommand {
    const events: ShellEvent[] = [];
    const off = session.on((e) => events.push(e));
    let result;
    try {
      result = session.feed(line);
    } finally {
      off();
    }
    const animated = events.some((e) => framesOf(e)) && !reduced();
    if (result.status === 'more' || (!animated && !result.running)) {
      for (const e of events) deliverNow(e, io);
      return result.status === 'more' ? 'more' : result.exitCode;
    }
    const player = new FramePlayer();
    let stop: ((code: number) => void) | undefined;
    let interrupted: number | undefined;
    let listening = false;
    let playing = false;
    const done = (async () => {
      for (const e of events) {
        const frames = framesOf(e);
        if (frames && interrupted === undefined) {
          playing = true;
          await player.play(frames, (t) => io.frame(t), { sleep, reducedMotion: reduced() });
          playing = false;
          // The last frame is the event's text; play() shows it, skipped or not.
        } else deliverNow(e, io);
      }
      if (!result.running) return result.exitCode;
      if (interrupted !== undefined) return interrupted;
      // A server in the foreground: its later output streams until Ctrl-C.
      listening = true;
      const live = session.on((e) => deliverNow(e, io));
      const code = await new Promise<number>((resolve) => (stop = resolve));
      live();
      return code;
    })();
    return {
      done,
      skip() {
        if (!playing) return false;
        player.skip();
        return true;
      },
      interrupt() {
        player.skip();
        if (result.running && interrupted === undefined) {
          // What the container prints as it stops must show even mid-animation.
          const off = listening ? undefined : session.on((e) => deliverNow(e, io));
          interrupted = session.interrupt();
          off?.();
          stop?.(interrupted);
        }
      },
    };
  }

  return {
    prompt: () => session.prompt(),
    run,
    cancel: () => void session.interrupt(),
    eof: () => session.eof() !== undefined,
    complete(line, cursor): CompletionResult {
      const c = session.complete(line, cursor);
      return {
        start: c.from,
        end: cursor,
        candidates: c.candidates,
        display: c.candidates.map(displayName),
      };
    },
    resize(cols, rows) {
      session.term = { ...session.term, width: cols, height: rows };
    },
    history: () => session.state.history,
  };
}
