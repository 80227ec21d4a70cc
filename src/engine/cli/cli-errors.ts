/** Errors of the docker CLI itself, before any subcommand runs. */
import { EngineError } from '../errors';

/**
 * `docker foo`. uncertain: the ground truth does not capture it. docker/cli ≥ 28 prints
 * `docker: unknown command: docker foo` then `Run 'docker --help' for more information`
 * (one public capture shows the two lines without the blank line between them; we follow the
 * CLI's `withHelp` layout used for every other modern usage error). CLI 27 printed
 * `docker: 'foo' is not a docker command.` + `See 'docker --help'`.
 */
export class UnknownCommandError extends EngineError {
  readonly code = 'UNKNOWN_COMMAND';
  constructor(typed: string, legacy: boolean, suggestion?: string) {
    const first = typed.split(' ').pop()!;
    super(
      legacy
        ? `docker: '${first}' is not a docker command.\nSee 'docker --help'`
        : `docker: unknown command: docker ${typed}\n\nRun 'docker --help' for more information`,
      {
        hint:
          `\`${typed}\` is not a docker command Stagecraft simulates.` +
          (suggestion ? ` Did you mean \`docker ${suggestion}\`?` : '') +
          ' `docker --help` lists the commands.',
        exitCode: 1,
        data: { typed },
      },
    );
  }
}

/**
 * Real Docker commands Stagecraft does not simulate. Docker would run them, so answering
 * "unknown command" would teach something false; the learner is told plainly instead.
 */
export const REAL_BUT_NOT_SIMULATED: ReadonlySet<string> = new Set([
  ...(
    'attach commit compose config context cp create debug diff events export import init kill ' +
    'load manifest network node pause plugin port rename restart save scout search secret ' +
    'service stack stats swarm top trust unpause update volume wait'
  ).split(' '),
  // Subcommands of the management groups the simulator registers (docker/cli's lists).
  ...'builder prune|builder ls|builder du|builder inspect|system prune|system events'.split('|'),
  ...'image load|image save|image import'.split('|'),
  ...(
    'attach commit cp create diff export kill pause port prune rename restart stats top ' +
    'unpause update wait'
  )
    .split(' ')
    .map((sub) => `container ${sub}`),
]);

export class NotSimulatedCommandError extends EngineError {
  readonly code = 'NOT_SIMULATED_COMMAND';
  constructor(typed: string) {
    super(
      `stagecraft: \`docker ${typed}\` is a real Docker command, but it is not simulated here.`,
      {
        hint:
          'This terminal simulates the commands the course teaches; `docker --help` lists them. ' +
          'Try this one on a real Docker installation.',
        exitCode: 1,
        data: { typed },
      },
    );
  }
}

/** A bug in the simulator (not a Docker error): shown plainly instead of crashing the terminal. */
export class InternalError extends EngineError {
  readonly code = 'INTERNAL_ERROR';
  constructor(cause: unknown) {
    super(`stagecraft: internal error: ${cause instanceof Error ? cause.message : String(cause)}`, {
      hint: 'This is a bug in the simulator, not something Docker would print.',
      exitCode: 1,
    });
  }
}
