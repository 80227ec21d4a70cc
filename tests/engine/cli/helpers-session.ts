/** Runs lines through a fresh non-TTY session and returns what a piped terminal shows. */
import { Session, type SessionOptions } from '../../../src/engine/session';
import { runScript } from '../../../src/engine/sim-runner';

export interface Transcript {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
  readonly session: Session;
}

export function sim(script: string, options: SessionOptions = {}, session?: Session): Transcript {
  const s = session ?? new Session({ tty: false, ...options });
  let stdout = '';
  let stderr = '';
  const status = runScript(s, script, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { stdout, stderr, status, session: s };
}
