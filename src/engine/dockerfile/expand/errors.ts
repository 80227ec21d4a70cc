import { EngineError } from '../../errors';
import { goQuote } from '../../format/go-quote';

/**
 * Failures of BuildKit's shell-word expansion (frontend/dockerfile/shell/lex.go).
 * BuildKit wraps every inner error as `failed to process "<word>": <inner>`, so `message`
 * carries the wrapped text and `data.inner` the bare one.
 */
export abstract class ExpansionError extends EngineError {
  constructor(word: string, inner: string, hint: string) {
    super(`failed to process ${goQuote(word)}: ${inner}`, { hint, data: { word, inner } });
  }
}

/** `${` without `}`, `${}`, an unterminated quote, `${x/a` without the second `/`. */
export class ExpansionSyntaxError extends ExpansionError {
  readonly code = 'EXPAND_SYNTAX';
  constructor(word: string, inner: string) {
    super(
      word,
      inner,
      'A ${…} or a quote in this value is not closed. Close it, or escape the $ as \\$ if you meant a literal dollar sign.',
    );
  }
}

/** `${VAR:=x}` and other shell modifiers BuildKit does not implement. */
export class UnsupportedModifierError extends ExpansionError {
  readonly code = 'EXPAND_UNSUPPORTED_MODIFIER';
  constructor(word: string, modifier: string) {
    super(
      word,
      `unsupported modifier (${modifier}) in substitution`,
      'Dockerfiles support only ${VAR:-default}, ${VAR:+alt}, ${VAR:?msg}, #, ##, %, %%, / and // (and the forms without the colon).',
    );
  }
}

/** `${VAR?msg}` / `${VAR:?msg}` when VAR is unset (or empty, with the colon). */
export class RequiredVariableError extends ExpansionError {
  readonly code = 'EXPAND_REQUIRED_VARIABLE';
  constructor(word: string, name: string, message: string) {
    super(
      word,
      `${name}: ${message}`,
      `The Dockerfile requires ${name} to be set. Pass it with --build-arg ${name}=<value>, or give the ARG a default.`,
    );
  }
}

/** A bad escape inside a `#`, `%` or `/` pattern, e.g. `${VAR#\x}`. */
export class InvalidPatternError extends ExpansionError {
  readonly code = 'EXPAND_INVALID_PATTERN';
  constructor(word: string, pattern: string, cause: string) {
    super(
      word,
      `invalid pattern (${pattern}) in substitution: ${cause}`,
      'Inside a pattern only \\*, \\? and \\\\ may be escaped.',
    );
  }
}
