/**
 * Builtins the shells run in-process: cd, echo, printf, export, unset, set, exit, true,
 * false, :, test, [, pwd, eval, exec, command -v, shift. Anything else goes through PATH.
 */

import { resolve } from '../../fs/posix-path';
import { println } from '../output';
import type { Io } from './redirect';
import type { Shell } from './interp';
import { ExitSignal } from './signals';
import { cdFailed } from './messages';
import { runTest, TestError } from './test-builtin';

export type Builtin = (sh: Shell, argv: readonly string[], io: Io) => number;

/** POSIX special builtins: assignments before them persist. */
export const SPECIAL_BUILTINS = new Set([
  ':',
  'eval',
  'exec',
  'exit',
  'export',
  'set',
  'shift',
  'unset',
]);

/** dash's echo always interprets backslash escapes; `\c` stops output. */
function dashEscapes(s: string): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      text += c;
      continue;
    }
    const n = s[++i]!;
    const map: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
      '\\': '\\',
    };
    if (n === 'c') return { text, stop: true };
    if (Object.hasOwn(map, n)) text += map[n];
    else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))![0];
      text += String.fromCharCode(parseInt(m || '0', 8));
      i += m.length;
    } else text += '\\' + n;
  }
  return { text, stop: false };
}

const echo: Builtin = (sh, argv, io) => {
  let args = argv.slice(1);
  let newline = true;
  let escapes = sh.flavour === 'dash';
  if (sh.flavour === 'dash') {
    if (args[0] === '-n') {
      newline = false;
      args = args.slice(1);
    }
  } else {
    while (args[0] && /^-[neE]+$/.test(args[0])) {
      for (const f of args[0].slice(1)) {
        if (f === 'n') newline = false;
        else escapes = f === 'e';
      }
      args = args.slice(1);
    }
  }
  const joined = args.join(' ');
  if (escapes) {
    const { text, stop } = dashEscapes(joined);
    io.stdout.write(text + (stop || !newline ? '' : '\n'));
  } else io.stdout.write(joined + (newline ? '\n' : ''));
  return 0;
};

const printf: Builtin = (_sh, argv, io) => {
  const format = argv[1] ?? '';
  const args = argv.slice(2);
  let k = 0;
  let out = '';
  do {
    out += format.replace(
      /%([sdb%])|\\(.)/g,
      (_m, spec: string | undefined, esc: string | undefined) => {
        if (esc !== undefined)
          return ({ n: '\n', t: '\t', '\\': '\\' } as Record<string, string>)[esc] ?? '\\' + esc;
        if (spec === '%') return '%';
        const a = args[k++] ?? '';
        if (spec === 'd') return String(parseInt(a, 10) || 0);
        if (spec === 'b') return dashEscapes(a).text;
        return a;
      },
    );
  } while (k < args.length && /%[sdb]/.test(format));
  io.stdout.write(out);
  return 0;
};

const cd: Builtin = (sh, argv, io) => {
  let dir = argv[1] ?? sh.vars.get('HOME') ?? '/';
  if (dir === '-') {
    dir = sh.vars.get('OLDPWD') ?? sh.cwd;
    println(io.stdout, dir);
  }
  const target = resolve(sh.cwd, dir);
  let code: string | undefined;
  if (!sh.vfs.exists(target)) code = 'No such file or directory';
  else if (!sh.vfs.isDirectory(target)) code = 'Not a directory';
  else if (!sh.vfs.access(target, 'x')) code = 'Permission denied';
  if (code) {
    const [text, status] = cdFailed(sh.flavour, dir, code);
    sh.error(io, text);
    return status;
  }
  sh.vars.set('OLDPWD', sh.cwd);
  sh.cwd = target;
  sh.vars.set('PWD', target);
  return 0;
};

const exportB: Builtin = (sh, argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    for (const k of [...sh.exported].sort()) {
      const v = sh.vars.get(k);
      println(
        io.stdout,
        v === undefined ? `export ${k}` : `export ${k}='${v.replace(/'/g, "'\\''")}'`,
      );
    }
    return 0;
  }
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq === -1 ? a : a.slice(0, eq);
    if (eq !== -1) sh.vars.set(name, a.slice(eq + 1));
    sh.exported.add(name);
  }
  return 0;
};

const set: Builtin = (sh, argv) => {
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      sh.positional = args.slice(i + 1);
      break;
    }
    if (a === '-o' || a === '+o') {
      const opt = args[++i];
      if (opt === 'errexit') sh.errexit = a === '-o';
      if (opt === 'xtrace') sh.xtrace = a === '-o';
      continue;
    }
    if (/^[-+][a-z]+$/.test(a)) {
      for (const f of a.slice(1)) {
        if (f === 'e') sh.errexit = a[0] === '-';
        if (f === 'x') sh.xtrace = a[0] === '-';
      }
      continue;
    }
    sh.positional = args.slice(i);
    break;
  }
  return 0;
};

const exit: Builtin = (sh, argv) => {
  const n = argv[1] === undefined ? sh.status : Number.parseInt(argv[1], 10);
  throw new ExitSignal(Number.isNaN(n) ? 2 : n & 255);
};

const test: Builtin = (sh, argv, io) => {
  try {
    return runTest(argv[0]!, argv.slice(1), sh.vfs, sh.cwd);
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    sh.error(io, e.message);
    return 2;
  }
};

const command: Builtin = (sh, argv, io) => {
  if (argv[1] !== '-v') return argv.length > 1 ? sh.external(argv.slice(1), new Map(), io) : 0;
  const name = argv[2] ?? '';
  if (Object.hasOwn(BUILTINS, name)) {
    println(io.stdout, name);
    return 0;
  }
  for (const dir of (sh.vars.get('PATH') ?? '').split(':')) {
    const p = resolve(sh.cwd, `${dir || '.'}/${name}`);
    if (sh.vfs.exists(p) && !sh.vfs.isDirectory(p)) {
      println(io.stdout, p);
      return 0;
    }
  }
  return 1;
};

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  echo,
  printf,
  cd,
  export: exportB,
  set,
  exit,
  test,
  '[': test,
  command,
  true: () => 0,
  false: () => 1,
  ':': () => 0,
  pwd: (sh, _argv, io) => {
    println(io.stdout, sh.cwd);
    return 0;
  },
  unset: (sh, argv) => {
    for (const a of argv.slice(1)) {
      if (a.startsWith('-')) continue;
      sh.vars.delete(a);
      sh.exported.delete(a);
    }
    return 0;
  },
  shift: (sh, argv) => {
    sh.positional = sh.positional.slice(Number(argv[1] ?? 1));
    return 0;
  },
  eval: (sh, argv, io) => sh.runSource(argv.slice(1).join(' '), io),
  exec: (sh, argv, io) => {
    if (argv.length < 2) return 0;
    throw new ExitSignal(sh.external(argv.slice(1), new Map(), io));
  },
};
