/**
 * Build failures. Each `message` is the text BuildKit puts after `failed to solve: ` (ground
 * truth §2.5); the CLI adds `ERROR: failed to build: failed to solve: ` (buildx ≥ 0.25) or
 * `ERROR: failed to solve: ` (older buildx) in one place.
 */
import { EngineError } from '../errors';

/** `--target` names no stage. */
export class BuildTargetNotFoundError extends EngineError {
  readonly code = 'BUILD_TARGET_NOT_FOUND';
  constructor(target: string, suggestion?: string) {
    super(
      `target stage ${JSON.stringify(target)} could not be found${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      {
        hint: '--target must name a stage declared with `FROM … AS <name>` in this Dockerfile.',
        data: { target, ...(suggestion ? { suggestion } : {}) },
      },
    );
  }
}

/** A FROM image or `COPY --from=<image>` the registry does not have (a failed pull). */
export class BuildImageNotFoundError extends EngineError {
  readonly code = 'BUILD_IMAGE_NOT_FOUND';
  constructor(asWritten: string, ref: string, cause: string, suggestion?: string) {
    super(
      `${asWritten}: failed to resolve source metadata for ${ref}: ${cause}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      {
        hint: suggestion
          ? `No stage is called "${asWritten}", so Docker looked for an image of that name. Did you mean the stage "${suggestion}"?`
          : `Docker could not find the image ${ref}. Check the name and tag; a --from that is not a stage name is treated as an image.`,
        data: { asWritten, ref, cause },
      },
    );
  }
}

/** A RUN whose process exited non-zero (or could not start). */
export class BuildRunFailedError extends EngineError {
  readonly code = 'BUILD_RUN_FAILED';
  constructor(argv: readonly string[], exitCode: number, hint: string) {
    // argv is joined with spaces and the whole is Go-%q quoted (§2.5).
    super(
      `process ${JSON.stringify(argv.join(' '))} did not complete successfully: exit code: ${exitCode}`,
      { hint, data: { argv, exitCode } },
    );
  }
}

/** Multi-stage reference errors from dockerfile2llb (§2.5 table; derived). */
export class BuildStageReferenceError extends EngineError {
  readonly code = 'BUILD_STAGE_REFERENCE';
  constructor(message: string, hint: string) {
    super(message, { hint });
  }
}

/** A base name that expands to nothing (`FROM $UNSET`). */
export class BuildBaseNameError extends EngineError {
  readonly code = 'BUILD_BASE_NAME_BLANK';
  constructor(raw: string) {
    super(`base name (${raw}) should not be blank`, {
      hint: 'The FROM line uses an ARG with no value. Give the ARG a default before the first FROM, or pass --build-arg.',
      data: { raw },
    });
  }
}

/** A Dockerfile that could not be read at all (no Dockerfile in the context). */
export class BuildDockerfileMissingError extends EngineError {
  readonly code = 'BUILD_DOCKERFILE_MISSING';
  constructor(name: string) {
    // uncertain: not in the ground truth; BuildKit's text for a missing Dockerfile.
    super(`failed to read dockerfile: open ${name}: no such file or directory`, {
      hint: `There is no ${name} in the build context. Create it, or point -f at it.`,
      data: { name },
    });
  }
}

/** Legacy builder: a RUN that exited non-zero. */
export class BuildLegacyRunFailedError extends EngineError {
  readonly code = 'BUILD_LEGACY_RUN_FAILED';
  constructor(argv: readonly string[], exitCode: number) {
    // uncertain: not in the ground truth; the classic builder's wording (moby builder/dockerfile).
    super(`The command '${argv.join(' ')}' returned a non-zero code: ${exitCode}`, {
      hint: 'The command in this RUN failed; its output is above. The legacy builder stops at the first failing step.',
      data: { argv, exitCode },
    });
  }
}
