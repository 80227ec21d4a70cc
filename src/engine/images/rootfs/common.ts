/** Small constructors for root filesystem entries, and /etc/passwd rendering. */
import type { PasswdEntry, RootfsEntry } from '../types';

interface Owner {
  readonly uid?: number;
  readonly gid?: number;
}

export function dir(path: string, mode = 0o755, owner: Owner = {}): RootfsEntry {
  return { path, type: 'dir', mode, uid: owner.uid ?? 0, gid: owner.gid ?? 0 };
}

export function file(
  path: string,
  size: number,
  opts: Owner & { mode?: number; program?: string; content?: string } = {},
): RootfsEntry {
  return {
    path,
    type: 'file',
    mode: opts.mode ?? (opts.program ? 0o755 : 0o644),
    uid: opts.uid ?? 0,
    gid: opts.gid ?? 0,
    size,
    ...(opts.program ? { program: opts.program } : {}),
    ...(opts.content !== undefined ? { content: opts.content } : {}),
  };
}

export function text(path: string, content: string, mode = 0o644): RootfsEntry {
  return file(path, content.length, { mode, content });
}

export function link(path: string, target: string): RootfsEntry {
  return { path, type: 'symlink', mode: 0o777, uid: 0, gid: 0, target };
}

export function user(
  name: string,
  uid: number,
  home: string,
  shell: string,
  gid = uid,
): PasswdEntry {
  return { name, uid, gid, home, shell };
}

/** `name:x:uid:gid:gecos:home:shell`, the gecos field repeating the name like most images. */
export function passwdText(users: readonly PasswdEntry[], gecos = true): string {
  return users
    .map((u) => `${u.name}:x:${u.uid}:${u.gid}:${gecos ? u.name : ''}:${u.home}:${u.shell}\n`)
    .join('');
}

export function passwd(users: readonly PasswdEntry[], gecos = true): RootfsEntry {
  return text('/etc/passwd', passwdText(users, gecos));
}

export function osRelease(fields: Record<string, string>): RootfsEntry {
  const body = Object.entries(fields)
    .map(([k, v]) => `${k}="${v}"\n`)
    .join('');
  return text('/usr/lib/os-release', body);
}

/** Paths every Linux image the catalog describes has. */
export function fhsBasics(): RootfsEntry[] {
  return [dir('/'), dir('/etc'), dir('/tmp', 0o1777), dir('/root', 0o700), dir('/home')];
}
