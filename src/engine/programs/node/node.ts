/**
 * `node app.js` in a container or RUN step. The program is not executed; it is read
 * (js-scan.ts): module loads are resolved the way Node does (built-ins, relative files with
 * .js/.json/index.js, packages in node_modules of each parent directory), local files are
 * followed, and the first load that fails prints Node's real error. Otherwise the literal
 * console output is printed, and a server keeps running.
 */
import { IMPLICIT_UTILITIES } from '../coreutils/names';
import { dirname, resolve } from '../../fs/posix-path';
import type { Outcome, Process, Program } from '../host';
import { stagecraftNote } from '../notes';
import { println } from '../output';
import { DEFAULT_PATH, lookPath } from '../registry';
import { scanJs } from './js-scan';
import { cjsNotFound, esmPackageNotFound, mainNotFound } from './node-errors';

const BUILTINS = new Set(
  'assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns domain events fs fs/promises http http2 https inspector module net os path path/posix perf_hooks process punycode querystring readline repl stream stream/promises string_decoder sys timers timers/promises tls trace_events tty url util util/types v8 vm wasi worker_threads zlib test'.split(
    ' ',
  ),
);

function isFile(proc: Process, path: string): boolean {
  try {
    return proc.vfs.stat(path).type === 'file';
  } catch {
    return false;
  }
}

/** require.resolve for a relative or absolute path: exact, .js, .json, .cjs, .mjs, dir/index.js. */
function resolveFile(proc: Process, path: string): string | undefined {
  for (const c of [
    path,
    `${path}.js`,
    `${path}.json`,
    `${path}.cjs`,
    `${path}.mjs`,
    `${path}/index.js`,
    `${path}/index.json`,
  ]) {
    if (isFile(proc, c)) return c;
  }
  return undefined;
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function findPackage(proc: Process, fromDir: string, name: string): boolean {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    if (!dir.endsWith('/node_modules') && proc.vfs.exists(resolve(dir, `node_modules/${name}`)))
      return true;
    if (dir === '/') return false;
  }
}

interface RunState {
  readonly proc: Process;
  readonly version: string;
  readonly visited: Set<string>;
  unresolved: number;
  listening?: number | 'yes';
}

/** Runs one file; returns false after printing an error (the process exits 1). */
function runFile(state: RunState, file: string, stack: readonly string[]): boolean {
  const { proc } = state;
  if (state.visited.has(file) || stack.length > 20) return true;
  state.visited.add(file);
  if (file.endsWith('.json')) return true;
  const events = scanJs(proc.vfs.readFile(file) ?? '', proc.env);
  for (const e of events) {
    if (e.kind === 'print') {
      if (e.text === undefined) state.unresolved++;
      else println(e.stream === 'stderr' ? proc.stderr : proc.stdout, e.text);
    } else if (e.kind === 'listen') state.listening = e.port ?? 'yes';
    else if (e.kind === 'interval') state.listening ??= 'yes';
    else if (e.kind === 'load') {
      const spec = e.spec!;
      if (BUILTINS.has(spec.replace(/^node:/, '')) || spec.startsWith('node:')) continue;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = resolveFile(proc, resolve(dirname(file), spec));
        if (!target) {
          printLines(
            proc,
            e.esm
              ? esmPackageNotFound(state.version, spec, file)
              : cjsNotFound(state.version, spec, file, e.line, e.col, [file, ...stack]),
          );
          return false;
        }
        if (!runFile(state, target, [file, ...stack])) return false;
        continue;
      }
      if (!findPackage(proc, dirname(file), packageName(spec))) {
        printLines(
          proc,
          e.esm
            ? esmPackageNotFound(state.version, packageName(spec), file)
            : cjsNotFound(state.version, spec, file, e.line, e.col, [file, ...stack]),
        );
        return false;
      }
    }
  }
  return true;
}

function printLines(proc: Process, lines: readonly string[]): void {
  for (const l of lines) println(proc.stderr, l);
}

export const node: Program = (proc): Outcome => {
  const version = proc.sys.image.runtimes.node ?? '24.21.0';
  const args = proc.argv.slice(1);
  if (args[0] === '-v' || args[0] === '--version') {
    println(proc.stdout, `v${version}`);
    return { code: 0 };
  }
  // Code given on the command line could do anything; say so rather than mistake it for a
  // script path (which would print a false "Cannot find module").
  const inline = args.find((a) => ['-e', '--eval', '-p', '--print'].includes(a));
  if (inline !== undefined) {
    println(proc.stderr, stagecraftNote('option-not-modelled', 'node', inline));
    return { code: 0 };
  }
  const script = args.find((a) => !a.startsWith('-'));
  if (script === undefined) {
    // No script: the REPL reads stdin; with no terminal it ends at EOF.
    return { code: 0 };
  }
  const path = resolve(proc.cwd, script);
  const file = resolveFile(proc, path);
  if (!file) {
    printLines(proc, mainNotFound(version, path));
    return { code: 1 };
  }
  const state: RunState = { proc, version, visited: new Set(), unresolved: 0 };
  if (!runFile(state, file, [])) return { code: 1 };
  if (state.unresolved > 0) {
    println(
      proc.stderr,
      stagecraftNote(
        'output-not-modelled',
        `node ${script}`,
        `${state.unresolved} console call(s) print values computed at run time`,
      ),
    );
  }
  if (state.listening !== undefined) {
    const port = state.listening === 'yes' ? undefined : state.listening;
    return {
      code: 0,
      running: {
        kind: 'server',
        description: `node ${file}${port ? ` listening on port ${port}` : ' keeps running'}`,
        ...(port ? { port } : {}),
      },
    };
  }
  return { code: 0 };
};

/**
 * The node image's docker-entrypoint.sh: `set -- node "$@"` when the first argument starts
 * with `-`, is not a command (`command -v` fails), or is a file that is not executable;
 * then `exec "$@"`.
 */
export const dockerEntrypointNode: Program = (proc) => {
  const args = proc.argv.slice(1);
  const first = args[0];
  // `command -v` in the real script: a file on PATH, or one of the everyday utilities every
  // image with a shell has even where the catalog's rootfs does not list the file.
  const isCommand = (name: string) =>
    'node' in lookPath(proc.vfs, name, proc.cwd, proc.env['PATH'] ?? DEFAULT_PATH) ||
    (IMPLICIT_UTILITIES.has(name) && proc.sys.image.hasShell);
  const plainFile = (name: string) =>
    isFile(proc, resolve(proc.cwd, name)) && !proc.vfs.access(resolve(proc.cwd, name), 'x');
  const useNode =
    first === undefined || first.startsWith('-') || !isCommand(first) || plainFile(first);
  const argv = useNode ? ['node', ...args] : args;
  const r = proc.sys.spawn({ ...proc, argv });
  if (r.kind === 'ran') return r.outcome;
  // uncertain: the line number dash reports inside the entrypoint script.
  println(
    proc.stderr,
    `/usr/local/bin/docker-entrypoint.sh: 11: exec: ${argv[0]}: ${r.kind === 'denied' ? 'Permission denied' : 'not found'}`,
  );
  return { code: r.kind === 'denied' ? 126 : 127 };
};
