/**
 * An interactive shell running inside a container (`docker run -it IMAGE sh`,
 * `docker exec -it CONTAINER sh`). The Session hands it every typed line while it is
 * attached; it runs them with the container's filesystem (image layers + the container's
 * writable layer, saved after every line), env, user and cwd, and ends on `exit` or Ctrl-D.
 * `run`: the shell is the container's main process, so leaving it stops the container
 * (removed with --rm). `exec`: leaving it leaves the container running.
 */
import type { RunningHandle } from '../cli/context';
import type { Daemon } from '../daemon/daemon';
import { saveContainerFs } from '../daemon/container-fs';
import type { StoredImage } from '../daemon/types';
import type { Vfs } from '../fs';
import { StepBudgetError } from '../programs/errors';
import type { Writer } from '../programs/host';
import { programImage } from '../programs/image-fs';
import { createSystem } from '../programs/system';
import { PROGRAMS } from '../programs/table';
import type { Flavour } from '../programs/sh/messages';
import { parseScript, UnsupportedSyntaxError } from '../programs/sh/parser';
import { ExitSignal, FatalSignal, RunningSignal } from '../programs/sh/signals';
import { ashSyntaxText, dashSyntaxText, ShellSyntaxError } from '../programs/sh/syntax-error';
import { completeInContainer, type ShellCompletion } from './complete';
import { InteractiveShell } from './interactive-shell';
import { containerPrompt } from './prompt';

export interface ShellSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface ContainerShellInit {
  readonly daemon: Daemon;
  readonly containerId: string;
  readonly image: StoredImage;
  /** The container's filesystem, root view; the shell sees it as its user. */
  readonly vfs: Vfs;
  readonly mode: 'run' | 'exec';
  /** argv[0] as started (`sh`, `/busybox/sh`): error messages begin with it. */
  readonly arg0: string;
  readonly flavour: Flavour;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly uid: number;
  readonly gid: number;
  /** `-t` was given: prompts and interactive error texts. Without it, a script on stdin. */
  readonly tty: boolean;
}

export type ShellFeed =
  | { readonly status: 'more' }
  | { readonly status: 'done'; readonly exitCode: number; readonly exited: boolean };

const BUDGET = 20_000;

const notModelled = (token: string) =>
  `[stagecraft] the shell keyword '${token}' is not simulated here; rewrite the line without it.\n`;

export class ContainerShell implements RunningHandle {
  readonly kind = 'container-shell';
  readonly containerId: string;
  private readonly sh: InteractiveShell;
  private pending = '';
  private ended = false;

  constructor(private readonly init: ContainerShellInit) {
    this.containerId = init.containerId;
    const sys = createSystem({
      vfs: init.vfs,
      image: programImage(init.image.facts),
      table: PROGRAMS,
      budget: BUDGET,
    });
    const cred = { uid: init.uid, gid: init.gid };
    const silent: Writer = { write: () => {} };
    this.sh = new InteractiveShell(
      {
        argv: [init.arg0],
        env: init.env,
        cwd: init.cwd,
        cred,
        vfs: init.vfs.as(cred),
        stdin: '',
        stdout: silent,
        stderr: silent,
        path: init.arg0,
        sys,
      },
      { flavour: init.flavour, arg0: init.arg0, positional: [] },
      init.tty,
    );
  }

  get mode(): 'run' | 'exec' {
    return this.init.mode;
  }

  get exited(): boolean {
    return this.ended;
  }

  prompt(): string {
    if (this.pending !== '') return this.init.tty ? '> ' : '';
    const home = this.sh.vars.get('HOME');
    const userName = this.passwdName();
    return containerPrompt({
      flavour: this.init.flavour,
      interactive: this.init.tty,
      uid: this.init.uid,
      userName,
      cwd: this.sh.cwd,
      home,
      // bash's \h: the kernel hostname (`-h`, else the short ID) up to its first dot; read
      // from the environment docker started the shell with, not the shell's own variable.
      hostname: (this.init.env['HOSTNAME'] ?? this.init.containerId.slice(0, 12)).split('.')[0]!,
      debianBashrc: ['debian', 'ubuntu'].includes(this.init.image.facts.os.id),
    });
  }

  private passwdName(): string | undefined {
    try {
      const passwd = this.init.vfs.readFile('/etc/passwd') ?? '';
      return passwd
        .split('\n')
        .map((l) => l.split(':'))
        .find((f) => f[2] === String(this.init.uid))?.[0];
    } catch {
      return undefined;
    }
  }

  /** One typed line, run inside the container. */
  feed(line: string, out: ShellSink): ShellFeed {
    if (this.ended) return { status: 'done', exitCode: this.sh.status, exited: true };
    const src = this.pending === '' ? line : `${this.pending}\n${line}`;
    this.sh.typed++;
    const io = {
      stdin: '',
      stdout: { write: (t: string) => out.stdout(t) },
      stderr: { write: (t: string) => out.stderr(t) },
    };
    let list;
    try {
      list = parseScript(src);
    } catch (e) {
      if (e instanceof ShellSyntaxError && ['eof', 'unterminated-quote'].includes(e.problem.kind)) {
        // The shell asks for more (PS2) until the construct is closed, as sh does.
        this.pending = src;
        return { status: 'more' };
      }
      this.pending = '';
      if (e instanceof UnsupportedSyntaxError && e.problem.kind === 'unexpected') {
        out.stderr(notModelled(e.problem.token));
        return this.status(2);
      }
      if (!(e instanceof ShellSyntaxError)) throw e;
      this.syntaxError(io, e);
      return this.status(2);
    }
    this.pending = '';
    if (list.length === 0) return this.status(this.sh.status);
    this.sh.proc.sys.budget.remaining = BUDGET;
    try {
      this.sh.runList(list, io);
    } catch (e) {
      if (e instanceof ExitSignal) return this.exit(e.code);
      if (e instanceof FatalSignal) {
        this.sh.error(io, e.message);
        this.sh.status = 2;
      } else if (e instanceof UnsupportedSyntaxError) {
        out.stderr(notModelled(e.problem.kind === 'unexpected' ? e.problem.token : line));
        this.sh.status = 2;
      } else if (e instanceof ShellSyntaxError) {
        // A syntax error found while running (inside `$( )` or eval): reported, shell stays.
        this.syntaxError(io, e);
      } else if (e instanceof RunningSignal) {
        out.stderr(
          `[stagecraft] ${e.outcome.running?.description ?? 'the command'} would keep running in the foreground of this shell; Stagecraft stopped it as if you pressed Ctrl-C. Start servers with docker run -d instead.\n`,
        );
        this.sh.status = 130;
      } else if (e instanceof StepBudgetError) {
        out.stderr(
          `[stagecraft] stopped '${line}' after too many steps: the simulator caps loops and recursion.\n`,
        );
        this.sh.status = 2;
      } else throw e;
    } finally {
      saveContainerFs(this.init.daemon, this.init.image, this.containerId, this.init.vfs);
    }
    return this.status(this.sh.status);
  }

  private syntaxError(io: Parameters<InteractiveShell['error']>[0], e: ShellSyntaxError): void {
    const f = this.init.flavour;
    this.sh.error(io, f === 'ash' ? ashSyntaxText(e.problem) : dashSyntaxText(e.problem));
    this.sh.status = 2;
  }

  private status(code: number): ShellFeed {
    this.sh.status = code;
    return { status: 'done', exitCode: code, exited: false };
  }

  /** Ctrl-D on an empty line: the shell exits with the last status, as `exit` does. */
  eof(): ShellFeed {
    this.pending = '';
    return this.exit(this.sh.status);
  }

  /** Ctrl-C at the prompt: the line (and any unfinished construct) is dropped. */
  interrupt(): number {
    this.pending = '';
    // uncertain: dash and ash set $? to 130 after Ctrl-C at the prompt, as bash does.
    this.sh.status = 130;
    return 130;
  }

  complete(line: string, cursor: number): ShellCompletion {
    return completeInContainer(line, cursor, {
      vfs: this.sh.vfs,
      cwd: this.sh.cwd,
      path: this.sh.vars.get('PATH') ?? '',
      hasShell: this.init.image.facts.hasShell,
    });
  }

  private exit(code: number): ShellFeed {
    this.ended = true;
    const { daemon } = this.init;
    saveContainerFs(daemon, this.init.image, this.containerId, this.init.vfs);
    if (this.init.mode === 'run') {
      const c = daemon.containers.find(this.containerId);
      if (c) {
        if (c.autoRemove) daemon.containers.delete(c.id);
        else {
          daemon.containers.update(c.id, {
            state: 'exited',
            exitCode: code,
            finishedAt: daemon.now(),
          });
        }
      }
    }
    return { status: 'done', exitCode: code, exited: true };
  }
}
