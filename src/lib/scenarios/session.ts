/**
 * A scenario's starting machine, and running lines on it the way the terminal does. The
 * terminal, the unit tests and the CI replay of every solution share these, so "the solution
 * works" in CI means it works in the page.
 */
import { Session, type SessionOptions } from '../../engine/index';
import { stripAnsi } from '../terminal/ansi';
import type { ScenarioData } from '../../schemas/scenario';
import type { LastCommand } from './conditions';

export type ScenarioStart = Pick<ScenarioData, 'files' | 'pull' | 'profile'>;

/**
 * A fresh Session with the scenario's files, and its `pull` images already local. They are
 * pulled through the real `docker pull` path with nobody listening, so the first prompt shows
 * no output; the pulls are then taken out of the shell history the learner sees.
 */
export function createScenarioSession(
  scenario: ScenarioStart,
  options: Omit<SessionOptions, 'files' | 'profile'> = {},
): Session {
  const session = new Session({ ...options, files: scenario.files, profile: scenario.profile });
  const history = session.state.history.length;
  for (const ref of scenario.pull) {
    const result = session.feed(`docker pull ${ref}`);
    if (result.status !== 'done' || result.exitCode !== 0)
      throw new Error(`stagecraft: could not pre-pull ${ref} for the scenario`);
  }
  session.state.history.splice(history);
  return session;
}

/**
 * Feeds typed lines to a session the way the terminal does and records each finished command
 * (heredoc and `\` continuation lines joined by `\n`, their output together), which is what
 * `lastCommand` conditions see. A foreground container is stopped as Ctrl-C would stop it,
 * since nobody is there to press it.
 */
export class CommandRecorder {
  private lines: string[] = [];
  private output = '';

  constructor(private readonly session: Session) {}

  /** One physical line; the finished command once the shell has all its lines. */
  feed(line: string): LastCommand | undefined {
    const off = this.session.on((e) => {
      if (e.type === 'stdout' || e.type === 'stderr') this.output += e.text;
    });
    let result;
    let exitCode = 0;
    try {
      result = this.session.feed(line);
      if (result.status === 'done')
        exitCode = result.running ? this.session.interrupt() : result.exitCode;
    } finally {
      off();
    }
    this.lines.push(line);
    if (result.status === 'more') return undefined;
    const last = { command: this.lines.join('\n'), exitCode, output: stripAnsi(this.output) };
    this.lines = [];
    this.output = '';
    return last;
  }
}

/** Runs lines in order; returns the last finished command. */
export function runLines(session: Session, lines: readonly string[]): LastCommand | undefined {
  const recorder = new CommandRecorder(session);
  let last: LastCommand | undefined;
  for (const line of lines) last = recorder.feed(line) ?? last;
  return last;
}
