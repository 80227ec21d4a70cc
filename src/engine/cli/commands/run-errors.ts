/**
 * How `docker run` reports create/start errors (ground truth §2.12, CLI ≥ 28 `withHelp`):
 * `docker: <error>`, a blank line, `Run 'docker run --help' for more information`; exit 127
 * for "executable file not found" / "no such file or directory", 126 for "permission denied"
 * / "is a directory", 125 otherwise.
 */
import { EngineError } from '../../errors';

export function runExitCode(message: string): number {
  if (
    message.includes('executable file not found') ||
    message.includes('no such file or directory')
  )
    return 127;
  if (message.includes('permission denied') || message.includes('is a directory')) return 126;
  return 125;
}

export class RunError extends EngineError {
  readonly code: string;
  constructor(
    cause: string,
    options: { code: string; hint: string; keepState?: boolean; command?: string },
  ) {
    const path = options.command ?? 'docker run';
    super(`docker: ${cause}\n\nRun '${path} --help' for more information`, {
      hint: options.hint,
      exitCode: runExitCode(cause),
      data: { cause, keepState: options.keepState === true },
    });
    this.code = options.code;
  }
}

/** runc's message chain for a process that cannot start (runc ≥ 1.2, §2.12). */
export function runcChain(message: string): string {
  return `Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${message}: unknown`;
}

export function startHint(message: string, image: string): string {
  if (message.includes('executable file not found') || message.includes('stat /bin/sh')) {
    return `The image ${image} has no such program. Distroless and scratch images have no shell: use an exec-form command (["/app/server"]), or a :debug variant with --entrypoint=/busybox/sh for debugging.`;
  }
  if (message.includes('unable to find user')) {
    return 'The image has no /etc/passwd entry with that name. Use a numeric UID (e.g. USER 65532:65532) — numeric users need no passwd entry, and Kubernetes runAsNonRoot can only verify numeric users.';
  }
  if (message.includes('permission denied')) {
    return 'The file is not executable for this user. Set the mode when copying (COPY --chmod=755) or run as a user who may execute it.';
  }
  return 'See `docker run --help`.';
}
