import { EngineError } from '../errors/engine-error';

/** A COPY/ADD source that does not exist (or was excluded by .dockerignore). */
export class CopySourceNotFoundError extends EngineError {
  readonly code = 'COPY_SOURCE_NOT_FOUND';
  constructor(path: string, refId: string) {
    // docker-cli-ground-truth.md §2.5 (captured).
    super(
      `failed to compute cache key: failed to calculate checksum of ref ${refId}: "${path}": not found`,
      {
        hint: `Nothing at ${path} in the build context (or the stage copied from). Check the path, and check .dockerignore: excluded files are never sent.`,
        data: { path, refId },
      },
    );
  }
}

/** An invalid --chmod value. */
export class CopyChmodError extends EngineError {
  readonly code = 'COPY_CHMOD_INVALID';
  constructor(value: string) {
    // Not in the ground-truth file; text from BuildKit's dockerfile2llb/convert_copy.go.
    super(
      `invalid chmod parameter: '${value}'. it should be octal string and between 0 and 07777`,
      { hint: 'Use an octal mode such as --chmod=755 or --chmod=0644.', data: { value } },
    );
  }
}

/** A --chown name that the destination's /etc/passwd or /etc/group does not list. */
export class CopyChownError extends EngineError {
  readonly code = 'COPY_CHOWN_UNKNOWN';
  constructor(kind: 'user' | 'group', name: string) {
    // uncertain: wording from moby/sys/user's lookup errors, not captured from BuildKit.
    const file = kind === 'user' ? 'passwd' : 'group';
    super(`unable to find ${kind} ${name}: no matching entries in ${file} file`, {
      hint: `--chown names are looked up in the image being built. Create the ${kind} first (or use numeric ids, e.g. --chown=65532:65532).`,
      data: { kind, name },
    });
  }
}

/** Legacy builder only: several sources need a destination ending in `/`. */
export class CopyMultipleSourcesError extends EngineError {
  readonly code = 'COPY_MULTIPLE_SOURCES';
  constructor(instruction: 'COPY' | 'ADD') {
    // uncertain: not in the ground-truth file; text from moby's classic builder (copy.go).
    // BuildKit does not raise it: it copies each source onto the destination in turn.
    super(
      `When using ${instruction} with more than one source file, the destination must be a directory and end with a /`,
      { hint: 'End the destination with / (e.g. ./) when copying several files.' },
    );
  }
}
