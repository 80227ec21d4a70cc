/**
 * rm. Recursive removal walks the tree itself so a non-root user gets one
 * `cannot remove '<path>': Permission denied` line per entry it cannot unlink, as GNU rm
 * prints them, and directories that still have entries are left in place.
 */
import { isFsError } from '../../fs/errors';
import { childPath } from '../../fs/tree';
import { resolve } from '../../fs/posix-path';
import type { Process, Program } from '../host';
import { fail, parseArgs, styleOf } from './util';

const q = (s: string) => `'${s}'`;

export const rm: Program = (proc) => {
  const a = parseArgs(proc, 'rm', 'rRfvid', {
    recursive: 'r',
    force: 'f',
    verbose: 'v',
    'no-preserve-root': 'N',
    'preserve-root': 'P',
  });
  if (!a) return { code: 1 };
  const gnu = styleOf(proc) === 'gnu';
  const recursive = a.flags.has('r') || a.flags.has('R');
  const force = a.flags.has('f');
  let code = 0;
  const report = (shown: string, err: string) => {
    fail(proc, 'rm', `${gnu ? 'cannot' : "can't"} remove ${q(shown)}: ${err}`);
    code = 1;
  };
  if (a.operands.length === 0 && !force) {
    fail(proc, 'rm', 'missing operand');
    return { code: 1 };
  }
  for (const op of a.operands) {
    const path = resolve(proc.cwd, op);
    if (path === '/' && recursive && !a.flags.has('N')) {
      fail(proc, 'rm', `it is dangerous to operate recursively on '/'`);
      fail(proc, 'rm', 'use --no-preserve-root to override this failsafe');
      code = 1;
      continue;
    }
    const node = proc.vfs.get(path) ?? (proc.vfs.exists(path) ? proc.vfs.lstat(path) : undefined);
    if (!node) {
      if (!force) report(op, 'No such file or directory');
      continue;
    }
    if (node.type === 'dir' && !recursive) {
      report(op, 'Is a directory');
      continue;
    }
    removeTree(proc, path, op, report);
  }
  return { code };
};

/** Removes bottom-up; returns false if something below could not be removed. */
function removeTree(
  proc: Process,
  path: string,
  shown: string,
  report: (s: string, e: string) => void,
): boolean {
  const node = proc.vfs.lstat(path);
  let ok = true;
  if (node.type === 'dir') {
    let names: string[];
    try {
      names = proc.vfs.readdir(path);
    } catch (e) {
      if (!isFsError(e)) throw e;
      report(shown, e.strerror);
      return false;
    }
    for (const name of names) {
      const child = childPath(path, name);
      const shownChild = shown.endsWith('/') ? shown + name : `${shown}/${name}`;
      if (!removeTree(proc, child, shownChild, report)) ok = false;
    }
    if (!ok) return false;
  }
  try {
    proc.vfs.rm(path, { recursive: true });
    return true;
  } catch (e) {
    if (!isFsError(e)) throw e;
    report(shown, e.strerror);
    return false;
  }
}
