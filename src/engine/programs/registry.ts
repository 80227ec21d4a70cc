/**
 * Finding what runs: PATH lookup the way execvp does it, then which simulated program a file
 * is. A file is identified by (in order) a built-binary description, a `program:<name>`
 * kind tag (set from the image catalog's rootfs), the basename of its real path, or the name
 * it was invoked by (busybox applets, npm → npm-cli.js). Text files run through their `#!`
 * interpreter, or through sh when they have none (what sh does after ENOEXEC).
 */
import { basename, resolve } from '../fs/posix-path';
import type { FsNode } from '../fs/node';
import type { Vfs } from '../fs/vfs';
import type { Program } from './host';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export type ProgramTable = ReadonlyMap<string, Program>;

export type Lookup =
  | { readonly path: string; readonly node: FsNode }
  | { readonly error: 'ENOENT' | 'EACCES'; readonly path?: string };

function candidate(vfs: Vfs, path: string): Lookup {
  let node: FsNode;
  try {
    node = vfs.stat(path);
  } catch {
    return { error: 'ENOENT' };
  }
  if (node.type === 'dir' || !vfs.access(path, 'x')) return { error: 'EACCES', path };
  return { path, node };
}

/** execvp: a name with a slash is used as is; otherwise each PATH entry is tried in order. */
export function lookPath(vfs: Vfs, name: string, cwd: string, path: string): Lookup {
  if (name === '') return { error: 'ENOENT' };
  if (name.includes('/')) return candidate(vfs, resolve(cwd, name));
  let denied: Lookup | undefined;
  for (const dir of path.split(':')) {
    const r = candidate(vfs, resolve(cwd, `${dir === '' ? '.' : dir}/${name}`));
    if ('node' in r) return r;
    if (r.error === 'EACCES') denied ??= r;
  }
  return denied ?? { error: 'ENOENT' };
}

/** The `program:<name>` tag the image adapter puts on catalog programs. */
export function programTag(node: FsNode): string | undefined {
  return node.type === 'file' && node.kind?.startsWith('program:') ? node.kind.slice(8) : undefined;
}

/**
 * The program a file runs, or undefined. For busybox the applet is the invoked name
 * (or argv[1] when run as `busybox ls`).
 */
export function identify(
  table: ProgramTable,
  node: FsNode,
  realPath: string,
  invoked: string,
): { name: string; program: Program | undefined } {
  const tag = programTag(node);
  const real = basename(realPath);
  const inv = basename(invoked);
  if (tag === 'busybox' || real === 'busybox') {
    const applet = inv === 'busybox' ? 'busybox' : inv;
    return { name: applet, program: table.get(applet === 'sh' ? 'ash' : applet) };
  }
  for (const name of [tag, real, inv]) {
    if (name && table.has(name)) return { name, program: table.get(name) };
  }
  return { name: tag ?? inv, program: undefined };
}
