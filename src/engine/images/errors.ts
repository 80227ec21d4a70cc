/**
 * Failures of image references and of the base-image catalog. Messages are the exact texts
 * of distribution/reference, go-digest and moby (see the comments for where each comes from).
 */
import { EngineError } from '../errors';

/**
 * A string that is not a valid image reference. `message` is what the CLI prints for
 * `docker pull <ref>` (docker run/build wrap it in their own prefixes).
 */
export class InvalidReferenceError extends EngineError {
  readonly code = 'INVALID_REFERENCE';
  constructor(message: string, reference: string, hint: string) {
    super(message, { hint, exitCode: 1, data: { reference } });
  }
}

/**
 * `docker pull scratch`: scratch is not an image, only a keyword for FROM. Text from moby's
 * `validateRepoName` and its integration test TestPullScratchNotAllowed (not in our ground
 * truth file). The client prefixes every daemon error with `Error response from daemon: `.
 */
export class ReservedImageNameError extends EngineError {
  readonly code = 'RESERVED_IMAGE_NAME';
  constructor(name = 'scratch') {
    super(`Error response from daemon: '${name}' is a reserved name`, {
      hint: '`scratch` is an empty starting point, usable only as `FROM scratch` in a Dockerfile. There is nothing to pull.',
      exitCode: 1,
      data: { name, daemonMessage: `'${name}' is a reserved name` },
    });
  }
}
