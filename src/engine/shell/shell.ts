/**
 * The host shell around docker: reads lines (collecting heredoc bodies and `\` continuations),
 * runs shell builtins over the workspace and hands `docker …` to the CLI dispatcher.
 * Synchronous: every command finishes before `feed` returns, except a foreground container,
 * which comes back as a running handle.
 */
import { dispatch } from '../cli/dispatch';
import type { TerminalInfo } from '../cli/context';
import type { Daemon } from '../daemon/daemon';
import type { ProgressFrame } from '../format/progress/frames';
import { FsError, posixPath } from '../fs';
import {
  cat,
  cd,
  ls,
  mkdir,
  pwd,
  rm,
  touch,
  tree,
  type Builtin,
  type BuiltinIo,
} from './builtins-fs';
import { echo, editBuiltin, exportVar, help, history } from './builtins-misc';
import { parseLine, type SimpleCommand } from './parse-line';
import type { ShellState } from './state';
import type { FeedResult, ShellIo } from './types';

interface Pending {
  readonly text: string;
  readonly commands: readonly SimpleCommand[];
  readonly bodies: string[];
  current: string[];
}

export const BUILTIN_NAMES = [
  'cat',
  'cd',
  'clear',
  'echo',
  'edit',
  'export',
  'help',
  'history',
  'ls',
  'mkdir',
  'pwd',
  'rm',
  'touch',
  'tree',
  'docker',
];

export class Shell {
  private pending: Pending | undefined;
  private continued = '';
  lastStatus = 0;

  constructor(
    readonly state: ShellState,
    readonly daemon: Daemon,
    private readonly io: ShellIo,
    private readonly term: () => TerminalInfo,
  ) {}

  /** True while a heredoc or continuation line is being collected. */
  get waiting(): boolean {
    return this.pending !== undefined || this.continued !== '';
  }

  cancel(): void {
    this.pending = undefined;
    this.continued = '';
  }

  feed(raw: string): FeedResult {
    if (this.pending) return this.feedHeredoc(raw);
    const line = this.continued + raw;
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) {
      this.continued = `${line.slice(0, -1)}`;
      return { status: 'more' };
    }
    this.continued = '';
    if (line.trim() === '') return { status: 'done', exitCode: this.lastStatus };
    this.state.history.push(line);
    // `$?` is the last command's status, as in bash; it is not part of the environment.
    const parsed = parseLine(line, { ...this.state.env, '?': String(this.lastStatus) });
    if ('unsupported' in parsed) {
      this.io.emit({
        type: 'stderr',
        text: `stagecraft: \`${parsed.unsupported}\` is not simulated in this terminal\n`,
      });
      this.io.emit({
        type: 'hint',
        text: 'Pipes, input redirection and background jobs are not simulated. Run each command on its own.',
      });
      return this.done(2);
    }
    if (!Array.isArray(parsed)) {
      this.io.emit({ type: 'stderr', text: `bash: ${(parsed as Error).message}\n` });
      return this.done(2);
    }
    const commands = parsed as readonly SimpleCommand[];
    if (commands.some((c) => c.heredoc)) {
      this.pending = { text: line, commands, bodies: [], current: [] };
      return { status: 'more' };
    }
    return this.runAll(commands, []);
  }

  private feedHeredoc(raw: string): FeedResult {
    const p = this.pending!;
    const want = p.commands.filter((c) => c.heredoc)[p.bodies.length]!.heredoc!;
    const line = want.stripTabs ? raw.replace(/^\t+/, '') : raw;
    if (line === want.delimiter) {
      p.bodies.push(p.current.map((l) => `${l}\n`).join(''));
      p.current = [];
      if (p.bodies.length === p.commands.filter((c) => c.heredoc).length) {
        this.pending = undefined;
        return this.runAll(p.commands, p.bodies);
      }
      return { status: 'more' };
    }
    p.current.push(line);
    return { status: 'more' };
  }

  private done(exitCode: number): FeedResult {
    this.lastStatus = exitCode;
    return { status: 'done', exitCode };
  }

  private runAll(commands: readonly SimpleCommand[], bodies: readonly string[]): FeedResult {
    let status = this.lastStatus;
    let body = 0;
    for (const c of commands) {
      const stdin = c.heredoc ? bodies[body++]! : '';
      if ((c.join === '&&' && status !== 0) || (c.join === '||' && status === 0)) continue;
      const r = this.runOne(c, stdin);
      status = r.exitCode;
      if (r.running) {
        this.lastStatus = 0;
        return r;
      }
    }
    return this.done(status);
  }

  private runOne(c: SimpleCommand, stdin: string): FeedResult & { status: 'done' } {
    const s = this.state;
    if (c.words.length === 0) {
      Object.assign(s.env, c.assignments);
      return { status: 'done', exitCode: 0 };
    }
    let captured = '';
    const out = (text: string) => {
      if (c.redirect) captured += text;
      else this.io.emit({ type: 'stdout', text });
    };
    const err = (text: string, frames?: readonly ProgressFrame[]) =>
      this.io.emit({ type: 'stderr', text, ...(frames ? { frames } : {}) });
    const [name, ...args] = c.words as [string, ...string[]];
    const env = { ...s.env, ...c.assignments };
    let result: FeedResult & { status: 'done' };
    if (name === 'docker') {
      const r = dispatch(
        {
          daemon: this.daemon,
          host: { fs: s.fs, cwd: s.cwd, env },
          term: c.redirect ? { ...this.term(), tty: false, color: false } : this.term(),
          out: { stdout: out, stderr: err, hint: (text) => this.io.emit({ type: 'hint', text }) },
        },
        args,
      );
      result = {
        status: 'done',
        exitCode: r.exitCode,
        ...(r.running ? { running: r.running } : {}),
      };
    } else {
      const io: BuiltinIo = { out, err, stdin, tty: this.term().tty && !c.redirect };
      const builtin = this.builtin(name);
      if (!builtin) {
        err(`bash: ${name}: command not found\n`);
        result = { status: 'done', exitCode: 127 };
      } else result = { status: 'done', exitCode: runBuiltin(name, builtin, args, s, io) };
    }
    if (c.redirect) {
      const path = posixPath.resolve(s.cwd, c.redirect.path);
      if (s.fs.exists(path) && s.fs.isDirectory(path)) {
        err(`bash: ${c.redirect.path}: Is a directory\n`);
        return { status: 'done', exitCode: 1 };
      }
      if (!s.fs.exists(posixPath.dirname(path))) {
        err(`bash: ${c.redirect.path}: No such file or directory\n`);
        return { status: 'done', exitCode: 1 };
      }
      const before = c.redirect.append && s.fs.exists(path) ? (s.fs.readFile(path) ?? '') : '';
      s.fs.writeFile(path, before + captured);
    }
    return result;
  }

  private builtin(name: string): Builtin | undefined {
    const table: Record<string, Builtin> = {
      cat,
      cd,
      ls,
      mkdir,
      pwd,
      rm,
      touch,
      tree,
      echo,
      help,
      history,
      export: exportVar,
      clear: () => {
        this.io.emit({ type: 'clear' });
        return 0;
      },
      edit: editBuiltin(this.io.editorAttached, (path, content) =>
        this.io.emit({ type: 'edit', path, content }),
      ),
    };
    return Object.hasOwn(table, name) ? table[name] : undefined;
  }
}

/**
 * A filesystem error a builtin did not foresee still ends as a message and status 1, the
 * way a real program reports errno, never as an exception out of `Session.feed`.
 */
function runBuiltin(
  name: string,
  builtin: Builtin,
  args: readonly string[],
  s: ShellState,
  io: BuiltinIo,
): number {
  try {
    return builtin(args, s, io);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    io.err(`${name}: ${e.path}: ${e.strerror}\n`);
    return 1;
  }
}
