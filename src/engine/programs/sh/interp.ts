/**
 * The shell interpreter: walks the syntax tree, expands words, applies redirections, runs
 * builtins in-process and everything else through `sys.spawn` (PATH lookup, programs).
 * Limits (documented for learners): commands run one after another, so a pipeline's left
 * side finishes before the right side starts; `&` runs in the foreground; `while`, `until`,
 * `case` and functions are not parsed and say so; every command costs one step of the
 * shared budget, so no script can hang the page.
 */

import { StepBudgetError } from '../errors';
import type { Process } from '../host';
import { BufferWriter, println } from '../output';
import type { AndOr, Command, List, Pipeline, Redirect, SimpleCommand } from './ast';
import { BUILTINS, SPECIAL_BUILTINS } from './builtins';
import { expandToString, expandWord, type ExpandContext } from './expand';
import { heredocParts } from './lexer';
import * as msg from './messages';
import { parseScript } from './parser';
import { openRedirects, RedirectError, type Io } from './redirect';
import { ExitSignal, FatalSignal, RunningSignal } from './signals';

const MAX_DEPTH = 24;

export interface ShellInit {
  readonly flavour: msg.Flavour;
  /** $0, and the name errors start with (`/bin/sh`, `sh`, a script path). */
  readonly arg0: string;
  readonly positional: readonly string[];
  readonly errexit?: boolean;
  readonly xtrace?: boolean;
}

export class Shell {
  readonly vars = new Map<string, string>();
  readonly exported = new Set<string>();
  cwd: string;
  status = 0;
  errexit: boolean;
  xtrace: boolean;
  positional: string[];
  readonly flavour: msg.Flavour;
  readonly arg0: string;
  private noErrexit = 0;
  /** Status of the last command substitution in the current command (for `X=$(false)`). */
  private substStatus: number | undefined;
  private depth = 0;
  line = 1;

  constructor(
    readonly proc: Process,
    init: ShellInit,
  ) {
    for (const [k, v] of Object.entries(proc.env)) {
      this.vars.set(k, v);
      this.exported.add(k);
    }
    this.cwd = proc.cwd;
    if (!this.vars.has('PWD')) this.vars.set('PWD', proc.cwd);
    this.flavour = init.flavour;
    this.arg0 = init.arg0;
    this.positional = [...init.positional];
    this.errexit = init.errexit ?? false;
    this.xtrace = init.xtrace ?? false;
  }

  get vfs() {
    return this.proc.vfs;
  }

  /** Prints `<prefix><text>` on stderr, e.g. `/bin/sh: 1: foo: not found`. */
  error(io: Io, text: string, line = this.line): void {
    println(io.stderr, msg.prefix(this.flavour, this.arg0, line) + text);
  }

  tick(): void {
    const b = this.proc.sys.budget;
    if (--b.remaining < 0) throw new StepBudgetError(0);
  }

  env(extra: ReadonlyMap<string, string> = new Map()): Record<string, string> {
    const env: Record<string, string> = {};
    for (const k of this.exported) {
      const v = this.vars.get(k);
      if (v !== undefined) env[k] = v;
    }
    for (const [k, v] of extra) env[k] = v;
    return env;
  }

  expandContext(io: Io): ExpandContext {
    return {
      vfs: this.vfs,
      cwd: this.cwd,
      getVar: (name) => this.getVar(name),
      setVar: (name, value) => this.vars.set(name, value),
      positional: () => this.positional,
      commandSubst: (src) => this.commandSubst(src, io),
      fail: (message) => {
        throw new FatalSignal(message);
      },
    };
  }

  getVar(name: string): string | undefined {
    if (/^\d$/.test(name)) return name === '0' ? this.arg0 : this.positional[Number(name) - 1];
    switch (name) {
      case '?':
        return String(this.status);
      case '#':
        return String(this.positional.length);
      case '$':
        return '1';
      case '!':
        return '';
      case '-':
        return (this.errexit ? 'e' : '') + (this.xtrace ? 'x' : '');
      case '@':
      case '*':
        return this.positional.join(' ');
    }
    return this.vars.get(name);
  }

  /** Runs `src` in a subshell and returns its standard output. */
  commandSubst(src: string, io: Io): string {
    const out = new BufferWriter();
    const saved = this.status;
    this.substStatus = this.subshell(() =>
      this.runSource(src, { stdin: '', stdout: out, stderr: io.stderr }),
    );
    this.status = saved;
    return out.text();
  }

  /** Runs `f` with a copy of the shell state; exit inside only leaves the subshell. */
  subshell(f: () => number): number {
    if (++this.depth > MAX_DEPTH) throw new StepBudgetError(MAX_DEPTH);
    const saved = {
      vars: new Map(this.vars),
      exported: new Set(this.exported),
      cwd: this.cwd,
      errexit: this.errexit,
      xtrace: this.xtrace,
      positional: this.positional,
    };
    try {
      return (this.status = f());
    } catch (e) {
      if (e instanceof ExitSignal) return (this.status = e.code);
      throw e;
    } finally {
      this.depth--;
      this.vars.clear();
      for (const [k, v] of saved.vars) this.vars.set(k, v);
      this.exported.clear();
      for (const k of saved.exported) this.exported.add(k);
      this.cwd = saved.cwd;
      this.errexit = saved.errexit;
      this.xtrace = saved.xtrace;
      this.positional = saved.positional;
    }
  }

  /** Parses and runs script text (eval, command substitution). */
  runSource(src: string, io: Io): number {
    return this.runList(parseScript(src), io);
  }

  runList(list: List, io: Io): number {
    for (const item of list) this.runAndOr(item, io);
    return this.status;
  }

  private runAndOr(item: AndOr, io: Io): void {
    const chain = [{ op: '&&' as const, pipeline: item.first }, ...item.rest];
    for (let i = 0; i < chain.length; i++) {
      const { op, pipeline } = chain[i]!;
      if (i > 0 && (op === '&&') !== (this.status === 0)) continue;
      const last = i === chain.length - 1;
      if (!last) this.noErrexit++;
      try {
        this.runPipeline(pipeline, io);
      } finally {
        if (!last) this.noErrexit--;
      }
      if (last && !pipeline.negate && this.status !== 0 && this.errexit && this.noErrexit === 0) {
        throw new ExitSignal(this.status);
      }
    }
  }

  private runPipeline(p: Pipeline, io: Io): void {
    if (p.negate) this.noErrexit++;
    try {
      if (p.commands.length === 1) this.runCommand(p.commands[0]!, io);
      else {
        let stdin = io.stdin;
        p.commands.forEach((cmd, i) => {
          const last = i === p.commands.length - 1;
          const out = last ? io.stdout : new BufferWriter();
          this.subshell(() => this.runCommand(cmd, { stdin, stdout: out, stderr: io.stderr }));
          if (!last) stdin = (out as BufferWriter).text();
        });
      }
    } finally {
      if (p.negate) this.noErrexit--;
    }
    if (p.negate) this.status = this.status === 0 ? 1 : 0;
  }

  private redirTarget = (io: Io) => (r: Redirect) => {
    if (r.heredoc) {
      return r.heredoc.expand
        ? expandToString(this.expandContext(io), heredocParts(r.heredoc.body))
        : r.heredoc.body;
    }
    return expandToString(this.expandContext(io), r.target.parts);
  };

  /** Applies redirections around `f`; a failed redirection prints and sets the status. */
  withRedirs(redirs: readonly Redirect[], io: Io, f: (io: Io) => number): number {
    if (redirs.length === 0) return (this.status = f(io));
    let opened;
    try {
      opened = openRedirects(redirs, io, this.vfs, this.cwd, this.flavour, this.redirTarget(io));
    } catch (e) {
      if (!(e instanceof RedirectError)) throw e;
      this.error(io, e.message);
      return (this.status = msg.redirStatus(this.flavour));
    }
    try {
      return (this.status = f(opened.io));
    } finally {
      opened.close();
    }
  }

  runCommand(cmd: Command, io: Io): number {
    this.tick();
    this.line = cmd.line;
    switch (cmd.type) {
      case 'simple':
        return this.runSimple(cmd, io);
      case 'group':
        return this.withRedirs(cmd.redirs, io, (io2) => this.runList(cmd.body, io2));
      case 'subshell':
        return this.withRedirs(cmd.redirs, io, (io2) =>
          this.subshell(() => this.runList(cmd.body, io2)),
        );
      case 'if':
        return this.withRedirs(cmd.redirs, io, (io2) => {
          for (const c of cmd.clauses) {
            this.noErrexit++;
            try {
              this.runList(c.cond, io2);
            } finally {
              this.noErrexit--;
            }
            if (this.status === 0) return this.runList(c.body, io2);
          }
          return cmd.elseBody ? this.runList(cmd.elseBody, io2) : 0;
        });
      case 'for':
        return this.withRedirs(cmd.redirs, io, (io2) => {
          const ctx = this.expandContext(io2);
          const items = cmd.items ? cmd.items.flatMap((w) => expandWord(ctx, w)) : this.positional;
          let status = 0;
          for (const item of items) {
            this.tick();
            this.vars.set(cmd.name, item);
            status = this.runList(cmd.body, io2);
          }
          return status;
        });
    }
  }

  private runSimple(cmd: SimpleCommand, io: Io): number {
    const ctx = this.expandContext(io);
    this.substStatus = undefined;
    const argv = cmd.words.flatMap((w) => expandWord(ctx, w));
    const assigns = new Map<string, string>();
    for (const a of cmd.assigns) assigns.set(a.name, expandToString(ctx, a.value.parts));
    if (this.xtrace) {
      const shown = [...[...assigns].map(([k, v]) => `${k}=${v}`), ...argv];
      if (shown.length > 0) println(io.stderr, msg.traceLine(this.flavour, shown));
    }
    if (argv.length === 0) {
      for (const [k, v] of assigns) this.vars.set(k, v);
      const status = this.substStatus ?? 0;
      return this.withRedirs(cmd.redirs, io, () => status);
    }
    const name = argv[0]!;
    const builtin = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
    if (builtin) {
      if (SPECIAL_BUILTINS.has(name)) for (const [k, v] of assigns) this.vars.set(k, v);
      return this.withRedirs(cmd.redirs, io, (io2) => builtin(this, argv, io2));
    }
    return this.withRedirs(cmd.redirs, io, (io2) => this.external(argv, assigns, io2));
  }

  external(argv: readonly string[], assigns: ReadonlyMap<string, string>, io: Io): number {
    const result = this.proc.sys.spawn({
      argv,
      env: this.env(assigns),
      cwd: this.cwd,
      cred: this.proc.cred,
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
    });
    switch (result.kind) {
      case 'ran':
        if (result.outcome.running) throw new RunningSignal(result.outcome);
        return result.outcome.code;
      case 'denied':
        this.error(io, `${argv[0]}: Permission denied`);
        return 126;
      default:
        this.error(io, msg.notFound(this.flavour, argv[0]!));
        return 127;
    }
  }
}
