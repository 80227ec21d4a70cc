/** mkdir, rmdir, touch, cat, chmod, chown, ln: small file utilities over the Vfs. */
import { userLookupFromFs } from '../../fs/users';
import { resolve } from '../../fs/posix-path';
import { writeCopy } from './copy';
import type { Process, Program } from '../host';
import { applyMode } from './mode';
import { fail, parseArgs, strerror, styleOf } from './util';

const q = (s: string) => `'${s}'`;

export const mkdir: Program = (proc) => {
  const a = parseArgs(proc, 'mkdir', 'pvm', { parents: 'p', verbose: 'v' }, 'm');
  if (!a) return { code: 1 };
  const gnu = styleOf(proc) === 'gnu';
  const mode = a.values.has('m') ? applyMode(a.values.get('m')!, 0o755, true) : undefined;
  let code = 0;
  const report = (shown: string, e: unknown) => {
    fail(proc, 'mkdir', `${gnu ? 'cannot' : "can't"} create directory ${q(shown)}: ${strerror(e)}`);
    code = 1;
  };
  for (const op of a.operands) {
    const path = resolve(proc.cwd, op);
    if (!a.flags.has('p')) {
      try {
        proc.vfs.mkdir(path, mode === undefined ? {} : { mode });
      } catch (e) {
        report(op, e);
      }
      continue;
    }
    // -p: create each missing component; an error names the component that failed.
    const comps = op.split('/');
    for (let i = 1; i <= comps.length; i++) {
      const shown = comps.slice(0, i).join('/');
      if (shown === '' || comps[i - 1] === '' || comps[i - 1] === '.') continue;
      const p = resolve(proc.cwd, shown);
      if (proc.vfs.isDirectory(p)) continue;
      try {
        proc.vfs.mkdir(p, mode === undefined || i < comps.length ? {} : { mode });
      } catch (e) {
        report(shown, e);
        break;
      }
    }
  }
  return { code };
};

export const rmdir: Program = (proc) => {
  const a = parseArgs(proc, 'rmdir', 'p');
  if (!a) return { code: 1 };
  let code = 0;
  for (const op of a.operands) {
    try {
      proc.vfs.rmdir(resolve(proc.cwd, op));
    } catch (e) {
      fail(proc, 'rmdir', `failed to remove ${q(op)}: ${strerror(e)}`);
      code = 1;
    }
  }
  return { code };
};

export const touch: Program = (proc) => {
  const a = parseArgs(proc, 'touch', 'acm');
  if (!a) return { code: 1 };
  let code = 0;
  for (const op of a.operands) {
    const path = resolve(proc.cwd, op);
    try {
      if (proc.vfs.exists(path)) {
        const content = proc.vfs.readFile(path);
        const node = proc.vfs.stat(path);
        proc.vfs.writeFile(path, content ?? { size: node.type === 'file' ? node.size : 0 });
      } else proc.vfs.writeFile(path, '');
    } catch (e) {
      fail(
        proc,
        'touch',
        styleOf(proc) === 'gnu' ? `cannot touch ${q(op)}: ${strerror(e)}` : `${op}: ${strerror(e)}`,
      );
      code = 1;
    }
  }
  return { code };
};

export const cat: Program = (proc) => {
  const a = parseArgs(proc, 'cat', 'nAvE');
  if (!a) return { code: 1 };
  if (a.operands.length === 0) {
    proc.stdout.write(proc.stdin);
    return { code: 0 };
  }
  let code = 0;
  for (const op of a.operands) {
    if (op === '-') {
      proc.stdout.write(proc.stdin);
      continue;
    }
    try {
      const text = proc.vfs.readFile(resolve(proc.cwd, op));
      // A synthetic binary has no bytes to show; print nothing rather than invent them.
      proc.stdout.write(text ?? '');
    } catch (e) {
      const err = strerror(e);
      fail(
        proc,
        'cat',
        styleOf(proc) === 'gnu' || err === 'Is a directory'
          ? `${op}: ${err}`
          : `can't open ${q(op)}: ${err}`,
      );
      code = 1;
    }
  }
  return { code };
};

function walkPaths(proc: Process, path: string, recursive: boolean): string[] {
  if (!recursive || !proc.vfs.isDirectory(path)) return [path];
  return [...proc.vfs.walk(path)].map((e) => e.path);
}

export const chmod: Program = (proc) => {
  const args = proc.argv.slice(1);
  const recursive = args[0] === '-R' || args[0] === '-r';
  const rest = recursive ? args.slice(1) : args;
  const [spec, ...ops] = rest;
  const gnu = styleOf(proc) === 'gnu';
  if (spec === undefined || ops.length === 0) {
    fail(
      proc,
      'chmod',
      spec === undefined ? 'missing operand' : `missing operand after ${q(spec)}`,
    );
    return { code: 1 };
  }
  let code = 0;
  for (const op of ops) {
    const path = resolve(proc.cwd, op);
    if (!proc.vfs.exists(path)) {
      fail(
        proc,
        'chmod',
        gnu
          ? `cannot access ${q(op)}: No such file or directory`
          : `${op}: No such file or directory`,
      );
      code = 1;
      continue;
    }
    for (const p of walkPaths(proc, path, recursive)) {
      const node = proc.vfs.stat(p);
      const mode = applyMode(spec, node.mode, node.type === 'dir');
      if (mode === undefined) {
        fail(proc, 'chmod', `invalid mode: ${q(spec)}`);
        return { code: 1 };
      }
      try {
        proc.vfs.chmod(p, mode);
      } catch (e) {
        fail(
          proc,
          'chmod',
          gnu ? `changing permissions of ${q(op)}: ${strerror(e)}` : `${op}: ${strerror(e)}`,
        );
        code = 1;
        break;
      }
    }
  }
  return { code };
};

export const chown: Program = (proc) => {
  const args = proc.argv.slice(1);
  const recursive = args[0] === '-R';
  const [spec, ...ops] = recursive ? args.slice(1) : args;
  const gnu = styleOf(proc) === 'gnu';
  if (spec === undefined || ops.length === 0) {
    fail(
      proc,
      'chown',
      spec === undefined ? 'missing operand' : `missing operand after ${q(spec)}`,
    );
    return { code: 1 };
  }
  const users = userLookupFromFs(proc.vfs);
  const [userPart, groupPart] = spec.split(/[:.]/, 2);
  const user = userPart
    ? /^\d+$/.test(userPart)
      ? { uid: Number(userPart), gid: undefined }
      : users.user(userPart)
    : undefined;
  if (userPart && !user) {
    fail(proc, 'chown', gnu ? `invalid user: ${q(spec)}` : `unknown user ${userPart}`);
    return { code: 1 };
  }
  let gid: number | undefined;
  if (groupPart) {
    gid = /^\d+$/.test(groupPart) ? Number(groupPart) : users.group(groupPart);
    if (gid === undefined) {
      fail(proc, 'chown', gnu ? `invalid group: ${q(spec)}` : `unknown group ${groupPart}`);
      return { code: 1 };
    }
  } else if (spec.endsWith(':') && user) gid = user.gid;
  let code = 0;
  for (const op of ops) {
    const path = resolve(proc.cwd, op);
    if (!proc.vfs.exists(path)) {
      fail(
        proc,
        'chown',
        gnu
          ? `cannot access ${q(op)}: No such file or directory`
          : `${op}: No such file or directory`,
      );
      code = 1;
      continue;
    }
    for (const p of walkPaths(proc, path, recursive)) {
      const node = proc.vfs.lstat(p);
      try {
        proc.vfs.chown(p, user?.uid ?? node.uid, gid ?? node.gid);
      } catch (e) {
        fail(
          proc,
          'chown',
          gnu ? `changing ownership of ${q(op)}: ${strerror(e)}` : `${op}: ${strerror(e)}`,
        );
        code = 1;
        break;
      }
    }
  }
  return { code };
};

export const ln: Program = (proc) => {
  const a = parseArgs(proc, 'ln', 'sfnv', { symbolic: 's', force: 'f' });
  if (!a) return { code: 1 };
  const [target, link] = a.operands;
  if (target === undefined) {
    fail(proc, 'ln', 'missing file operand');
    return { code: 1 };
  }
  let path = resolve(proc.cwd, link ?? target.split('/').pop()!);
  if (proc.vfs.isDirectory(path)) path = resolve(path, target.split('/').pop()!);
  try {
    if (a.flags.has('f')) proc.vfs.rm(path, { force: true });
    if (a.flags.has('s')) proc.vfs.symlink(target, path);
    else {
      const src = resolve(proc.cwd, target);
      const node = proc.vfs.stat(src);
      if (node.type === 'file') writeCopy(proc.vfs, node, path, true);
    }
  } catch (e) {
    const kind = a.flags.has('s') ? 'symbolic link' : 'hard link';
    fail(proc, 'ln', `failed to create ${kind} ${q(link ?? path)}: ${strerror(e)}`);
    return { code: 1 };
  }
  return { code: 0 };
};
