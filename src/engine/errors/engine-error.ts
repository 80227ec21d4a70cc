/**
 * Base class for every failure the engine reports.
 *
 * - `code` is stable: tests, hints and lesson goals key off it, never off the text.
 * - `message` is exactly what Docker prints (see ../shared/reference/docker-cli-ground-truth.md).
 * - `hint` is Stagecraft's explanation for learners; it is never printed as if Docker said it.
 * - `exitCode` is what the simulated command exits with; the CLI dispatcher reads it in one place.
 */
export abstract class EngineError extends Error {
  abstract readonly code: string;
  readonly hint: string;
  readonly exitCode: number;
  readonly data: Readonly<Record<string, unknown>>;

  constructor(
    message: string,
    options: { hint?: string; exitCode?: number; data?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.hint = options.hint ?? '';
    this.exitCode = options.exitCode ?? 1;
    this.data = options.data ?? {};
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}
