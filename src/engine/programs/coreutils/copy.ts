/** cp and mv. cp -r copies trees (symlinks stay links); -a/-p keep owners and modes. */
import type { FileNode } from '../../fs/node';
import { basename, resolve } from '../../fs/posix-path';
import type { Vfs } from '../../fs/vfs';
import type { Program } from '../host';
import { fail, parseArgs, strerror, styleOf } from './util';

const q = (s: string) => `'${s}'`;

/** Writes a copy of a file node (text or synthetic binary) at `dst`. */
export function writeCopy(vfs: Vfs, node: FileNode, dst: string, preserve: boolean): void {
  const data = node.content ?? {
    size: node.size,
    ...(node.fingerprint ? { fingerprint: node.fingerprint } : {}),
  };
  vfs.writeFile(dst, data, {
    mode: node.mode,
    ...(node.kind ? { kind: node.kind } : {}),
    ...(preserve && vfs.cred.uid === 0 ? { uid: node.uid, gid: node.gid } : {}),
  });
}

export const cp: Program = (proc) => {
  const a = parseArgs(proc, 'cp', 'rRapfvdLPn', {
    recursive: 'r',
    archive: 'a',
    force: 'f',
    verbose: 'v',
    'no-clobber': 'n',
  });
  if (!a) return { code: 1 };
  const gnu = styleOf(proc) === 'gnu';
  const recursive = a.flags.has('r') || a.flags.has('R') || a.flags.has('a');
  const preserve = a.flags.has('a') || a.flags.has('p');
  const ops = [...a.operands];
  if (ops.length < 2) {
    fail(
      proc,
      'cp',
      ops.length === 0
        ? 'missing file operand'
        : `missing destination file operand after ${q(ops[0]!)}`,
    );
    return { code: 1 };
  }
  const destOp = ops.pop()!;
  const dest = resolve(proc.cwd, destOp);
  const destIsDir = proc.vfs.isDirectory(dest);
  if (ops.length > 1 && !destIsDir) {
    fail(proc, 'cp', `target ${q(destOp)} is not a directory`);
    return { code: 1 };
  }
  let code = 0;
  for (const op of ops) {
    const src = resolve(proc.cwd, op);
    let node;
    try {
      node = recursive ? proc.vfs.lstat(src) : proc.vfs.stat(src);
    } catch (e) {
      fail(proc, 'cp', `${gnu ? 'cannot' : "can't"} stat ${q(op)}: ${strerror(e)}`);
      code = 1;
      continue;
    }
    if (node.type === 'dir' && !recursive) {
      fail(
        proc,
        'cp',
        gnu ? `-r not specified; omitting directory ${q(op)}` : `omitting directory ${q(op)}`,
      );
      code = 1;
      continue;
    }
    const target = destIsDir ? resolve(dest, basename(src)) : dest;
    if (node.type !== 'dir') {
      try {
        if (node.type === 'symlink') proc.vfs.symlink(node.target, target);
        else writeCopy(proc.vfs, node, target, preserve);
      } catch (e) {
        fail(
          proc,
          'cp',
          `${gnu ? 'cannot create regular file' : "can't create"} ${q(destIsDir ? `${destOp}/${basename(src)}` : destOp)}: ${strerror(e)}`,
        );
        code = 1;
      }
      continue;
    }
    if (target === src || target.startsWith(src + '/')) {
      fail(proc, 'cp', `cannot copy a directory, ${q(op)}, into itself, ${q(destOp)}`);
      code = 1;
      continue;
    }
    for (const { path, node: n } of [...proc.vfs.walk(src)]) {
      const to = target + path.slice(src.length);
      try {
        if (n.type === 'dir') {
          if (!proc.vfs.isDirectory(to))
            proc.vfs.mkdir(to, { mode: n.mode, ...(preserve ? { uid: n.uid, gid: n.gid } : {}) });
        } else if (n.type === 'symlink') proc.vfs.symlink(n.target, to);
        else writeCopy(proc.vfs, n, to, preserve);
      } catch (e) {
        fail(
          proc,
          'cp',
          `cannot create ${n.type === 'dir' ? 'directory' : 'regular file'} ${q(to)}: ${strerror(e)}`,
        );
        code = 1;
        break;
      }
    }
  }
  return { code };
};

export const mv: Program = (proc) => {
  const a = parseArgs(proc, 'mv', 'fvinT', { force: 'f', verbose: 'v' });
  if (!a) return { code: 1 };
  const gnu = styleOf(proc) === 'gnu';
  const ops = [...a.operands];
  if (ops.length < 2) {
    fail(
      proc,
      'mv',
      ops.length === 0
        ? 'missing file operand'
        : `missing destination file operand after ${q(ops[0]!)}`,
    );
    return { code: 1 };
  }
  const destOp = ops.pop()!;
  const dest = resolve(proc.cwd, destOp);
  const destIsDir = proc.vfs.isDirectory(dest);
  let code = 0;
  for (const op of ops) {
    const src = resolve(proc.cwd, op);
    if (!proc.vfs.exists(src) && proc.vfs.get(src)?.type !== 'symlink') {
      fail(
        proc,
        'mv',
        gnu
          ? `cannot stat ${q(op)}: No such file or directory`
          : `can't rename ${q(op)}: No such file or directory`,
      );
      code = 1;
      continue;
    }
    const target = destIsDir ? resolve(dest, basename(src)) : dest;
    try {
      proc.vfs.rename(src, target);
    } catch (e) {
      const shown = destIsDir ? `${destOp.replace(/\/$/, '')}/${basename(src)}` : destOp;
      fail(
        proc,
        'mv',
        gnu
          ? `cannot move ${q(op)} to ${q(shown)}: ${strerror(e)}`
          : `can't rename ${q(op)}: ${strerror(e)}`,
      );
      code = 1;
    }
  }
  return { code };
};
