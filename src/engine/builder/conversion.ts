import type { EngineError } from '../errors';
import type { SourceRange } from './types';

/** An error found while converting the Dockerfile, before anything runs (no vertex). */
export class ConversionFailure {
  constructor(
    readonly error: EngineError,
    readonly range?: SourceRange,
  ) {}
}
