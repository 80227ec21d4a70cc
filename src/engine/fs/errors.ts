import { EngineError } from '../errors/engine-error';

/**
 * Filesystem errors carry a POSIX code and the path; simulated programs format their own text
 * (`cp: cannot stat 'x': No such file or directory`), so `message` is the kernel-style
 * `<strerror>: <path>` and `strerror` is exposed for programs to compose with.
 */
export type FsErrorCode =
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EEXIST'
  | 'EACCES'
  | 'ELOOP'
  | 'ENOTEMPTY'
  | 'EINVAL'
  | 'EPERM'
  | 'EROFS';

export const STRERROR: Readonly<Record<FsErrorCode, string>> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  EACCES: 'Permission denied',
  ELOOP: 'Too many levels of symbolic links',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
};

const HINTS: Readonly<Record<FsErrorCode, string>> = {
  ENOENT: 'Nothing exists at that path in this filesystem (or in this image layer stack).',
  ENOTDIR: 'A part of the path that should be a directory is a file.',
  EISDIR: 'The path is a directory, but a file was expected.',
  EEXIST: 'Something already exists at that path.',
  EACCES:
    'The current user lacks permission. A non-root container user cannot write to root-owned paths.',
  ELOOP: 'Symbolic links point at each other in a loop (or the chain is longer than 40 links).',
  ENOTEMPTY: 'The directory still has entries; remove them first or remove recursively.',
  EINVAL: 'The operation makes no sense for these paths (e.g. moving a directory into itself).',
  EPERM: 'Only the owner (or root) may change modes, and only root may change owners.',
  EROFS:
    'The container runs with --read-only: nothing outside a --tmpfs mount (or a volume) can be written, even by root.',
};

export class FsError extends EngineError {
  readonly code: FsErrorCode;
  readonly path: string;
  readonly strerror: string;

  constructor(code: FsErrorCode, path: string, syscall = '') {
    super(`${STRERROR[code]}: ${path}`, { hint: HINTS[code], data: { path, syscall } });
    this.code = code;
    this.path = path;
    this.strerror = STRERROR[code];
  }
}

export function isFsError(value: unknown, code?: FsErrorCode): value is FsError {
  return value instanceof FsError && (code === undefined || value.code === code);
}

/** A serialised snapshot or layer whose `version` this engine does not understand. */
export class SnapshotVersionError extends EngineError {
  readonly code = 'FS_SNAPSHOT_VERSION';
  constructor(version: unknown) {
    super(
      `unsupported filesystem snapshot version ${JSON.stringify(version)} (this engine reads version 1)`,
      { hint: 'The saved state came from a different Stagecraft version; start a fresh session.' },
    );
  }
}

/** A serialised snapshot or layer that is not shaped as expected. */
export class SnapshotFormatError extends EngineError {
  readonly code = 'FS_SNAPSHOT_FORMAT';
  constructor(detail: string) {
    super(`invalid filesystem snapshot: ${detail}`, {
      hint: 'The saved state is damaged; start a fresh session.',
    });
  }
}
