/**
 * The shell interpreter (src/engine/programs/sh) as a long-lived interactive process: the
 * same variables, cwd and status carry from one typed line to the next. Only two things
 * differ from a script: error prefixes (an interactive ash says `sh: foo: not found`, bash
 * `bash: foo: command not found`, dash counts typed lines: `sh: 3: foo: not found`), and a
 * few everyday applets the program table lacks (`id`, `which`, `hostname`).
 */
import type { Process, Program } from '../programs/host';
import { println } from '../programs/output';
import { Shell, type ShellInit } from '../programs/sh/interp';
import * as msg from '../programs/sh/messages';
import type { Io } from '../programs/sh/redirect';
import { idProgram } from './id-program';

const which: Program = (proc) => {
  let code = 0;
  for (const name of proc.argv.slice(1)) {
    const dirs = (proc.env['PATH'] ?? '').split(':');
    const hit = dirs
      .map((d) => `${d.replace(/\/$/, '')}/${name}`)
      .find((p) => proc.vfs.exists(p) && !proc.vfs.isDirectory(p));
    if (hit) println(proc.stdout, hit);
    else code = 1;
  }
  return { code };
};

/** Applets every shell image has that the shared program table does not simulate. */
export const EXTRA_APPLETS: ReadonlyMap<string, Program> = new Map<string, Program>([
  ['id', idProgram],
  ['which', which],
  ['hostname', (proc) => (println(proc.stdout, proc.env['HOSTNAME'] ?? ''), { code: 0 })],
]);

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

  override external(argv: readonly string[], assigns: ReadonlyMap<string, string>, io: Io): number {
    const extra = EXTRA_APPLETS.get(argv[0] ?? '');
    const image = this.proc.sys.image;
    if (extra && image.hasShell && image.osId !== 'none') {
      this.tick();
      return extra({
        ...this.proc,
        argv,
        env: this.env(assigns),
        cwd: this.cwd,
        stdin: io.stdin,
        stdout: io.stdout,
        stderr: io.stderr,
      }).code;
    }
    return super.external(argv, assigns, io);
  }
}
