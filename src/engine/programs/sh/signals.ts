import type { Outcome } from '../host';

/** `exit n`, or set -e after a failure: unwinds to the shell's top level. */
export class ExitSignal {
  constructor(readonly code: number) {}
}
/** A server started: the shell stops here and reports it as still running. */
export class RunningSignal {
  constructor(readonly outcome: Outcome) {}
}
/** A fatal shell error (expansion error such as `x: parameter not set`): print, exit 2. */
export class FatalSignal {
  constructor(readonly message: string) {}
}
