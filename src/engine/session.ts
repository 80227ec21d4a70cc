/**
 * One simulated machine: the daemon, the host workspace and the shell, which is what a
 * terminal talks to. Feed it typed lines; listen for output events; call `interrupt` for
 * Ctrl-C; `complete` for Tab; `toJSON`/`Session.fromJSON` to save and restore.
 *
 *   const s = new Session({ files: { 'Dockerfile': 'FROM alpine\n' } });
 *   s.on((e) => term.write(e.type === 'stdout' ? e.text : …));
 *   s.feed('docker images');   // { status: 'done', exitCode: 0 }
 *
 * `docker run -it IMAGE sh` and `docker exec -it CONTAINER sh` attach the session to a shell
 * inside the container (src/engine/container-shell): lines, the prompt, Tab and Ctrl-C go to
 * it until `exit` or `eof()` (Ctrl-D). A saved session keeps the container's files but not
 * the attached shell: it restores at the host prompt, the container still Up as when a
 * terminal closes under `docker run -it` (the client goes away, the container keeps running).
 */
import type { RunningHandle, TerminalInfo } from './cli/context';
import { Daemon, type DaemonOptions } from './daemon/daemon';
import {
  daemonFromJson,
  daemonToJson,
  DaemonSnapshotError,
  type DaemonJson,
} from './daemon/snapshot';
import {
  createLayer,
  posixPath,
  Snapshot,
  snapshotFromJson,
  snapshotToJson,
  Vfs,
  type SnapshotJson,
} from './fs';
import { ContainerShell } from './container-shell/container-shell';
import { complete, type Completion } from './shell/complete';
import { Shell } from './shell/shell';
import { HOME, START_DIR, type ShellState } from './shell/state';
import type { FeedResult, ShellEvent } from './shell/types';

export const SESSION_JSON_VERSION = 1;

export interface SessionOptions extends DaemonOptions {
  /** Files for the starting directory, relative paths → text. */
  readonly files?: Readonly<Record<string, string>>;
  readonly tty?: boolean;
  readonly width?: number;
  readonly color?: boolean;
  /** Set when a view handles `edit` events. */
  readonly editor?: boolean;
}

export interface SessionJson {
  readonly version: number;
  readonly daemon: DaemonJson;
  readonly workspace: SnapshotJson;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly history: readonly string[];
}

export class Session {
  readonly daemon: Daemon;
  readonly state: ShellState;
  readonly shell: Shell;
  term: TerminalInfo;
  private listeners = new Set<(e: ShellEvent) => void>();
  private foreground: RunningHandle | undefined;
  private attached: ContainerShell | undefined;

  constructor(options: SessionOptions = {}, restored?: { daemon: Daemon; state: ShellState }) {
    this.daemon = restored?.daemon ?? new Daemon(options);
    this.term = {
      tty: options.tty ?? true,
      width: options.width ?? 80,
      color: options.color ?? false,
    };
    if (restored) this.state = restored.state;
    else {
      const fs = Vfs.create();
      fs.mkdir(START_DIR, { recursive: true });
      for (const [rel, text] of Object.entries(options.files ?? {})) {
        const path = posixPath.resolve(START_DIR, rel);
        fs.mkdir(posixPath.dirname(path), { recursive: true });
        fs.writeFile(path, text);
      }
      this.state = {
        fs,
        cwd: START_DIR,
        env: { HOME, PWD: START_DIR, USER: 'learner', PATH: '/usr/local/bin:/usr/bin:/bin' },
        history: [],
      };
    }
    this.shell = new Shell(
      this.state,
      this.daemon,
      { emit: (e) => this.emit(e), editorAttached: options.editor ?? false },
      () => this.term,
    );
  }

  on(listener: (e: ShellEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: ShellEvent): void {
    for (const l of this.listeners) l(e);
  }

  /** `learner@stagecraft:~/app$ `, or `> ` while a heredoc or continuation is open. */
  prompt(): string {
    if (this.attached) return this.attached.prompt();
    if (this.shell.waiting) return '> ';
    const dir =
      this.state.cwd === HOME
        ? '~'
        : this.state.cwd.startsWith(`${HOME}/`)
          ? `~${this.state.cwd.slice(HOME.length)}`
          : this.state.cwd;
    return `learner@stagecraft:${dir}$ `;
  }

  /** One typed line. While a foreground container runs, lines are ignored (as its stdin). */
  feed(line: string): FeedResult {
    if (this.foreground) return { status: 'done', exitCode: 0, running: this.foreground };
    this.daemon.clock.advance(1000);
    if (this.attached) return this.inContainer(this.attached.feed(line, this.sink()));
    const r = this.shell.feed(line);
    if (r.status === 'done' && r.running instanceof ContainerShell) {
      this.attached = r.running;
      return { status: 'done', exitCode: 0 };
    }
    if (r.status === 'done' && r.running) this.foreground = r.running;
    return r;
  }

  /** The container shell the session is attached to, if any. */
  get containerShell():
    { readonly containerId: string; readonly mode: 'run' | 'exec' } | undefined {
    return this.attached;
  }

  /** Ctrl-D on an empty line: leaves a container shell (as `exit`); the host shell stays. */
  eof(): FeedResult | undefined {
    if (!this.attached) return undefined;
    return this.inContainer(this.attached.eof());
  }

  private sink() {
    return {
      stdout: (text: string) => this.emit({ type: 'stdout', text }),
      stderr: (text: string) => this.emit({ type: 'stderr', text }),
    };
  }

  private inContainer(r: ReturnType<ContainerShell['feed']>): FeedResult {
    if (r.status === 'more') return r;
    if (r.exited) {
      this.attached = undefined;
      this.shell.lastStatus = r.exitCode;
    }
    return { status: 'done', exitCode: r.exitCode };
  }

  /** The running foreground container, if any. */
  get running(): RunningHandle | undefined {
    return this.foreground;
  }

  /** Ctrl-C: stops the foreground container, or drops an unfinished heredoc. */
  interrupt(): number {
    if (this.attached) return this.attached.interrupt();
    if (this.foreground) {
      const code = this.foreground.interrupt();
      this.foreground = undefined;
      this.shell.lastStatus = code;
      return code;
    }
    this.shell.cancel();
    this.shell.lastStatus = 130;
    return 130;
  }

  complete(line: string, cursor = line.length): Completion {
    if (this.attached) return this.attached.complete(line, cursor);
    return complete(line, cursor, { daemon: this.daemon, state: this.state });
  }

  toJSON(): SessionJson {
    return {
      version: SESSION_JSON_VERSION,
      daemon: daemonToJson(this.daemon),
      // One flat layer of the current tree: the workspace has no history worth keeping.
      workspace: snapshotToJson(
        Snapshot.of([
          createLayer([...this.state.fs.walk('/')].map(({ path, node }) => [path, node] as const)),
        ]),
      ),
      cwd: this.state.cwd,
      env: { ...this.state.env },
      history: [...this.state.history],
    };
  }

  static fromJSON(json: unknown, options: SessionOptions = {}): Session {
    const j = json as SessionJson;
    if (typeof j !== 'object' || j === null || j.version !== SESSION_JSON_VERSION) {
      throw new DaemonSnapshotError(
        `saved session has format version ${String((j as SessionJson | null)?.version)}; this simulator reads version ${SESSION_JSON_VERSION}`,
      );
    }
    const daemon = daemonFromJson(j.daemon);
    const fs = Vfs.create(snapshotFromJson(j.workspace));
    return new Session(options, {
      daemon,
      state: { fs, cwd: j.cwd, env: { ...j.env }, history: [...j.history] },
    });
  }
}
