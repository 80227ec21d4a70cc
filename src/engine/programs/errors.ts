/**
 * Failures to start a container's process, raised by `startContainerProcess` for `docker run`.
 * The message is the daemon's error text after `Error response from daemon: ` (docker-cli
 * ground truth §2.12, runc ≥ 1.2 wording); the CLI adds `docker: ` and the help line.
 * A binary that exists but cannot be loaded is not an error here: runc prints
 * `exec /app/myapp: no such file or directory` on the container's stderr and exits 255.
 */
import { EngineError } from '../errors/engine-error';

const OCI_PREFIX =
  'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';

export class ExecNotFoundError extends EngineError {
  readonly code = 'EXEC_NOT_FOUND';
  /** `exec: "sh": executable file not found in $PATH` or the `stat` form for paths. */
  readonly execMessage: string;
  constructor(name: string) {
    const exec = name.includes('/')
      ? `exec: "${name}": stat ${name}: no such file or directory`
      : `exec: "${name}": executable file not found in $PATH`;
    super(`${OCI_PREFIX}${exec}: unknown`, {
      exitCode: 127,
      hint: name.includes('sh')
        ? 'This image has no shell. Use the exec form (CMD ["/app/myapp"]) or a :debug image for a shell.'
        : `Nothing called ${name} exists in this image. Check the path, or COPY it into the final stage.`,
      data: { name, execMessage: exec },
    });
    this.execMessage = exec;
  }
}

export class ExecPermissionError extends EngineError {
  readonly code = 'EXEC_PERMISSION_DENIED';
  constructor(path: string) {
    const exec = `exec: "${path}": permission denied`;
    super(`${OCI_PREFIX}${exec}: unknown`, {
      exitCode: 126,
      hint: 'The file is not executable for this user: add `chmod +x` (or COPY --chmod=755) in the Dockerfile.',
      data: { path, execMessage: exec },
    });
  }
}

/** Thrown inside the shell when the step budget runs out; caught by the shell's top level. */
export class StepBudgetError extends EngineError {
  readonly code = 'PROGRAM_STEP_BUDGET';
  constructor(limit: number) {
    super(`step budget of ${limit} exhausted`, {
      hint: 'The simulator stops scripts that run too long so the page never hangs.',
    });
  }
}
