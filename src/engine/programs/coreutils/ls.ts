/**
 * ls for RUN output (not a terminal, so one name per line): -l, -a, -A, -1, -d, -h, -n.
 * Long format follows GNU (columns sized to the widest entry; `Mon DD HH:MM` within six
 * months of now, else `Mon DD  YYYY`) or busybox's fixed widths (uncertain: widths from
 * busybox ls.c, not captured).
 */
import type { FsNode } from '../../fs/node';
import { resolve } from '../../fs/posix-path';
import { childPath } from '../../fs/tree';
import type { Process, Program } from '../host';
import { println } from '../output';
import { fail, parseArgs, styleOf } from './util';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function modeString(node: FsNode): string {
  const t = node.type === 'dir' ? 'd' : node.type === 'symlink' ? 'l' : '-';
  const m = node.mode;
  const rwx = (shift: number, special: number, ch: string) => {
    const r = m & (4 << shift) ? 'r' : '-';
    const w = m & (2 << shift) ? 'w' : '-';
    const x = m & (1 << shift);
    const s = m & special ? (x ? ch : ch.toUpperCase()) : x ? 'x' : '-';
    return r + w + s;
  };
  return t + rwx(6, 0o4000, 's') + rwx(3, 0o2000, 's') + rwx(0, 0o1000, 't');
}

export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime * 1000);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = now - mtime < 15_778_476 && mtime <= now + 3600;
  const tail = recent
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

function human(n: number): string {
  if (n < 1024) return String(n);
  const units = ['K', 'M', 'G', 'T'];
  let v = n;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return (v < 10 ? Math.ceil(v * 10) / 10 : Math.ceil(v)).toString() + units[i];
}

const size = (n: FsNode) =>
  n.type === 'file' ? n.size : n.type === 'dir' ? 4096 : n.target.length;
const blocks = (n: FsNode) =>
  n.type === 'file' ? Math.ceil(n.size / 4096) * 4 : n.type === 'dir' ? 4 : 0;

interface Entry {
  readonly name: string;
  readonly node: FsNode;
  readonly links: number;
}

export const ls: Program = (proc) => {
  const a = parseArgs(proc, 'ls', 'laA1dhnFR');
  if (!a) return { code: 2 };
  const gnu = styleOf(proc) === 'gnu';
  const names = new Map<number, string>();
  const groups = new Map<number, string>();
  for (const line of (safeRead(proc, '/etc/passwd') ?? '').split('\n')) {
    const f = line.split(':');
    if (f.length > 3 && !names.has(Number(f[2]))) names.set(Number(f[2]), f[0]!);
  }
  for (const line of (safeRead(proc, '/etc/group') ?? '').split('\n')) {
    const f = line.split(':');
    if (f.length > 2 && !groups.has(Number(f[2]))) groups.set(Number(f[2]), f[0]!);
  }
  const numeric = a.flags.has('n');
  const owner = (uid: number) => (numeric ? String(uid) : (names.get(uid) ?? String(uid)));
  const group = (gid: number) => (numeric ? String(gid) : (groups.get(gid) ?? String(gid)));
  const long = a.flags.has('l') || numeric;
  const ops = a.operands.length > 0 ? a.operands : ['.'];
  let code = 0;
  const files: Entry[] = [];
  const dirs: string[] = [];
  for (const op of ops) {
    const path = resolve(proc.cwd, op);
    let node: FsNode;
    try {
      node = proc.vfs.stat(path);
    } catch {
      const l = proc.vfs.get(path);
      if (l?.type === 'symlink') node = l;
      else {
        fail(
          proc,
          'ls',
          gnu
            ? `cannot access '${op}': No such file or directory`
            : `${op}: No such file or directory`,
        );
        code = 2;
        continue;
      }
    }
    if (node.type === 'dir' && !a.flags.has('d')) dirs.push(op);
    else files.push({ name: op, node: long ? proc.vfs.lstat(path) : node, links: 1 });
  }
  const print = (entries: Entry[], total: boolean) => {
    if (!long) {
      for (const e of entries) println(proc.stdout, e.name);
      return;
    }
    if (total) {
      const t = entries.reduce((s, e) => s + blocks(e.node), 0);
      println(proc.stdout, `total ${a.flags.has('h') ? human(t * 1024) : t}`);
    }
    const sz = (e: Entry) => (a.flags.has('h') ? human(size(e.node)) : String(size(e.node)));
    const wl = Math.max(...entries.map((e) => String(e.links).length));
    const wo = Math.max(...entries.map((e) => owner(e.node.uid).length));
    const wg = Math.max(...entries.map((e) => group(e.node.gid).length));
    const ws = Math.max(...entries.map((e) => sz(e).length));
    for (const e of entries) {
      const link = e.node.type === 'symlink' ? ` -> ${e.node.target}` : '';
      const date = lsDate(e.node.mtime, proc.sys.now);
      const line = gnu
        ? `${modeString(e.node)} ${String(e.links).padStart(wl)} ${owner(e.node.uid).padEnd(wo)} ${group(e.node.gid).padEnd(wg)} ${sz(e).padStart(ws)} ${date} ${e.name}${link}`
        : `${modeString(e.node)} ${String(e.links).padStart(4)} ${owner(e.node.uid).padEnd(8)} ${group(e.node.gid).padEnd(8)} ${sz(e).padStart(9)} ${date} ${e.name}${link}`;
      println(proc.stdout, line);
    }
  };
  if (files.length > 0) print(files, false);
  dirs.forEach((op, i) => {
    const path = resolve(proc.cwd, op);
    let list: string[];
    try {
      list = proc.vfs.readdir(path);
    } catch {
      fail(
        proc,
        'ls',
        gnu
          ? `cannot open directory '${op}': Permission denied`
          : `can't open '${op}': Permission denied`,
      );
      code = 2;
      return;
    }
    const entries: Entry[] = [];
    const linksOf = (p: string, n: FsNode) =>
      n.type === 'dir'
        ? 2 + proc.vfs.list(p).filter((c) => proc.vfs.get(childPath(p, c))?.type === 'dir').length
        : 1;
    if (a.flags.has('a')) {
      const self = proc.vfs.stat(path);
      entries.push({ name: '.', node: self, links: linksOf(proc.vfs.realpath(path), self) });
      const parent = resolve(path, '..');
      const pnode = proc.vfs.stat(parent);
      entries.push({ name: '..', node: pnode, links: linksOf(parent, pnode) });
    }
    for (const name of list) {
      if (name.startsWith('.') && !a.flags.has('a') && !a.flags.has('A')) continue;
      const p = childPath(proc.vfs.realpath(path), name);
      const n = proc.vfs.get(p)!;
      entries.push({ name, node: n, links: linksOf(p, n) });
    }
    if (files.length > 0 || dirs.length > 1) {
      if (files.length > 0 || i > 0) println(proc.stdout, '');
      println(proc.stdout, `${op}:`);
    }
    print(entries, true);
  });
  return { code };
};

function safeRead(proc: Process, path: string): string | null {
  try {
    return proc.vfs.readFile(path);
  } catch {
    return null;
  }
}
