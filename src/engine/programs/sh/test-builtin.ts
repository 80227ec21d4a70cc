/**
 * `test` and `[`: file tests, string and integer comparisons, !, -a, -o and parentheses.
 * Errors are dash's: `[: missing ]`, `test: Illegal number: a` (status 2).
 */
import type { Vfs } from '../../fs/vfs';
import { resolve } from '../../fs/posix-path';

export class TestError extends Error {}

const UNARY = new Set([
  '-e',
  '-f',
  '-d',
  '-x',
  '-r',
  '-w',
  '-s',
  '-L',
  '-h',
  '-z',
  '-n',
  '-S',
  '-p',
  '-b',
  '-c',
]);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot']);

export function runTest(name: string, args: readonly string[], vfs: Vfs, cwd: string): number {
  let a = [...args];
  if (name === '[') {
    if (a[a.length - 1] !== ']') throw new TestError('[: missing ]');
    a = a.slice(0, -1);
  }
  if (a.length === 0) return 1;
  let i = 0;
  const num = (s: string): number => {
    if (!/^\s*-?\d+\s*$/.test(s)) throw new TestError(`${name}: Illegal number: ${s}`);
    return Number(s);
  };
  const unary = (op: string, arg: string): boolean => {
    if (op === '-z') return arg === '';
    if (op === '-n') return arg !== '';
    const path = resolve(cwd, arg);
    if (arg === '') return false;
    const lnode =
      vfs.get(path) && (op === '-L' || op === '-h') ? safe(() => vfs.lstat(path)) : undefined;
    if (op === '-L' || op === '-h') return lnode?.type === 'symlink';
    const node = safe(() => vfs.stat(path));
    if (!node) return false;
    switch (op) {
      case '-e':
        return true;
      case '-f':
        return node.type === 'file';
      case '-d':
        return node.type === 'dir';
      case '-s':
        return node.type === 'file' ? node.size > 0 : true;
      case '-x':
        return vfs.access(path, 'x');
      case '-r':
        return vfs.access(path, 'r');
      case '-w':
        return vfs.access(path, 'w');
      default:
        return false;
    }
  };
  const binary = (l: string, op: string, r: string): boolean => {
    switch (op) {
      case '=':
      case '==':
        return l === r;
      case '!=':
        return l !== r;
      case '-eq':
        return num(l) === num(r);
      case '-ne':
        return num(l) !== num(r);
      case '-lt':
        return num(l) < num(r);
      case '-le':
        return num(l) <= num(r);
      case '-gt':
        return num(l) > num(r);
      case '-ge':
        return num(l) >= num(r);
      default:
        return false;
    }
  };
  const primary = (): boolean => {
    const t = a[i];
    if (t === undefined) throw new TestError(`${name}: argument expected`);
    if (t === '!' && i + 1 < a.length) {
      i++;
      return !primary();
    }
    if (t === '(' && i + 2 < a.length) {
      i++;
      const v = or();
      if (a[i] !== ')') throw new TestError(`${name}: closing paren expected`);
      i++;
      return v;
    }
    if (i + 2 < a.length + 0 && BINARY.has(a[i + 1]!) && a[i + 2] !== undefined) {
      const v = binary(t, a[i + 1]!, a[i + 2]!);
      i += 3;
      return v;
    }
    if (UNARY.has(t) && a[i + 1] !== undefined) {
      i += 2;
      return unary(t, a[i - 1]!);
    }
    i++;
    return t !== '';
  };
  const and = (): boolean => {
    let v = primary();
    while (a[i] === '-a') {
      i++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (a[i] === '-o') {
      i++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  const result = or();
  if (i < a.length) throw new TestError(`${name}: ${a[i]}: unexpected operator`);
  return result ? 0 : 1;
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
