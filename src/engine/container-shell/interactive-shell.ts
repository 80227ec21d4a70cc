/**
 * The shell interpreter (src/engine/programs/sh) as a long-lived interactive process: the
 * same variables, cwd and status carry from one typed line to the next. Only the error
 * prefixes differ from a script's (an interactive ash says `sh: foo: not found`, bash
 * `bash: foo: command not found`, dash counts typed lines: `sh: 3: foo: not found`).
 */
import type { Process } from '../programs/host';
import { println } from '../programs/output';
import { Shell, type ShellInit } from '../programs/sh/interp';
import * as msg from '../programs/sh/messages';
import type { Io } from '../programs/sh/redirect';

export class InteractiveShell extends Shell {
  /** Lines typed so far (dash numbers its messages with it). */
  typed = 0;

  constructor(
    proc: Process,
    init: ShellInit,
    /** A terminal is attached (`-t`): interactive prefixes; else a script read from stdin. */
    readonly interactive: boolean,
  ) {
    super(proc, init);
  }

  override error(io: Io, text: string): void {
    if (this.flavour === 'dash' || !this.interactive) {
      println(io.stderr, msg.prefix(this.flavour, this.arg0, this.typed) + text);
    } else println(io.stderr, `${this.arg0}: ${text}`);
  }
}
