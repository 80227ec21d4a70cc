/** ls, cat, cd, pwd, tree, mkdir, rm, touch over the host workspace (bash/coreutils texts). */
import { posixPath, type Vfs } from '../fs';
import type { ShellState } from './state';

export interface BuiltinIo {
  out(text: string): void;
  err(text: string): void;
  readonly stdin: string;
  readonly tty: boolean;
}

export type Builtin = (args: readonly string[], s: ShellState, io: BuiltinIo) => number;

function abs(s: ShellState, p: string): string {
  return posixPath.resolve(s.cwd, p.replace(/^~(?=$|\/)/, s.env.HOME ?? '/'));
}

function exists(fs: Vfs, p: string): boolean {
  return fs.exists(p);
}

export const ls: Builtin = (args, s, io) => {
  const all = args.some((a) => /^-[a-zA-Z]*a/.test(a));
  const long = args.some((a) => /^-[a-zA-Z]*l/.test(a));
  const paths = args.filter((a) => !a.startsWith('-'));
  let status = 0;
  for (const p of paths.length ? paths : ['.']) {
    const full = abs(s, p);
    if (!exists(s.fs, full)) {
      io.err(`ls: cannot access '${p}': No such file or directory\n`);
      status = 2;
      continue;
    }
    const names = s.fs.isDirectory(full)
      ? s.fs
          .readdir(full)
          .filter((n) => all || !n.startsWith('.'))
          .sort()
      : [p];
    if (paths.length > 1) io.out(`${p}:\n`);
    if (long) {
      for (const n of names) {
        const node = s.fs.stat(s.fs.isDirectory(full) ? posixPath.join(full, n) : full);
        const size = node.type === 'file' ? node.size : 4096;
        io.out(
          `${node.type === 'dir' ? 'd' : '-'}${node.type === 'dir' ? 'rwxr-xr-x' : 'rw-r--r--'} 1 learner learner ${String(size).padStart(6)} ${n}\n`,
        );
      }
    } else if (names.length > 0) {
      io.out(io.tty ? `${names.join('  ')}\n` : names.map((n) => `${n}\n`).join(''));
    }
  }
  return status;
};

export const cat: Builtin = (args, s, io) => {
  if (args.length === 0) {
    io.out(io.stdin);
    return 0;
  }
  let status = 0;
  for (const p of args) {
    const full = abs(s, p);
    if (!exists(s.fs, full)) {
      io.err(`cat: ${p}: No such file or directory\n`);
      status = 1;
    } else if (s.fs.isDirectory(full)) {
      io.err(`cat: ${p}: Is a directory\n`);
      status = 1;
    } else io.out(s.fs.readFile(full) ?? '');
  }
  return status;
};

export const cd: Builtin = (args, s, io) => {
  const target =
    args[0] === undefined || args[0] === '~'
      ? (s.env.HOME ?? '/')
      : args[0] === '-'
        ? (s.env.OLDPWD ?? s.cwd)
        : args[0];
  const full = abs(s, target);
  if (!exists(s.fs, full)) {
    io.err(`bash: cd: ${target}: No such file or directory\n`);
    return 1;
  }
  if (!s.fs.isDirectory(full)) {
    io.err(`bash: cd: ${target}: Not a directory\n`);
    return 1;
  }
  s.env.OLDPWD = s.cwd;
  s.cwd = full;
  s.env.PWD = full;
  return 0;
};

export const pwd: Builtin = (_a, s, io) => {
  io.out(`${s.cwd}\n`);
  return 0;
};

export const mkdir: Builtin = (args, s, io) => {
  const parents = args.includes('-p');
  for (const p of args.filter((a) => !a.startsWith('-'))) {
    const full = abs(s, p);
    if (exists(s.fs, full) && !parents) {
      io.err(`mkdir: cannot create directory '${p}': File exists\n`);
      return 1;
    }
    if (!parents && !exists(s.fs, posixPath.dirname(full))) {
      io.err(`mkdir: cannot create directory '${p}': No such file or directory\n`);
      return 1;
    }
    s.fs.mkdir(full, { recursive: true });
  }
  return 0;
};

export const touch: Builtin = (args, s, io) => {
  let status = 0;
  for (const p of args.filter((a) => !a.startsWith('-'))) {
    const full = abs(s, p);
    if (exists(s.fs, full)) continue;
    const parent = posixPath.dirname(full);
    if (!exists(s.fs, parent) || !s.fs.isDirectory(parent)) {
      // GNU coreutils' wording; touch goes on with the other files, as the real one does.
      const why = exists(s.fs, parent) ? 'Not a directory' : 'No such file or directory';
      io.err(`touch: cannot touch '${p}': ${why}\n`);
      status = 1;
      continue;
    }
    s.fs.writeFile(full, '');
  }
  return status;
};

export const rm: Builtin = (args, s, io) => {
  const recursive = args.some((a) => /^-[a-zA-Z]*[rR]/.test(a));
  const force = args.some((a) => /^-[a-zA-Z]*f/.test(a));
  for (const p of args.filter((a) => !a.startsWith('-'))) {
    const full = abs(s, p);
    if (!exists(s.fs, full)) {
      if (force) continue;
      io.err(`rm: cannot remove '${p}': No such file or directory\n`);
      return 1;
    }
    if (s.fs.isDirectory(full) && !recursive) {
      io.err(`rm: cannot remove '${p}': Is a directory\n`);
      return 1;
    }
    s.fs.rm(full, { recursive: true, force: true });
  }
  return 0;
};

export const tree: Builtin = (args, s, io) => {
  const root = args.find((a) => !a.startsWith('-')) ?? '.';
  const full = abs(s, root);
  if (!exists(s.fs, full) || !s.fs.isDirectory(full)) {
    io.err(`${root}  [error opening dir]\n\n0 directories, 0 files\n`);
    return 2;
  }
  let dirs = 0;
  let files = 0;
  const walk = (dir: string, prefix: string): string => {
    const names = s.fs
      .readdir(dir)
      .filter((n) => !n.startsWith('.'))
      .sort();
    return names
      .map((n, i) => {
        const last = i === names.length - 1;
        const p = posixPath.join(dir, n);
        const isDir = s.fs.isDirectory(p);
        if (isDir) dirs++;
        else files++;
        const line = `${prefix}${last ? '└── ' : '├── '}${n}\n`;
        return isDir ? line + walk(p, prefix + (last ? '    ' : '│   ')) : line;
      })
      .join('');
  };
  const body = walk(full, '');
  io.out(
    `${root}\n${body}\n${dirs} director${dirs === 1 ? 'y' : 'ies'}, ${files} file${files === 1 ? '' : 's'}\n`,
  );
  return 0;
};

export { abs };
