import { resolvePath } from './resolve';
import type { ReadonlyTree } from './tree';

/** Resolves --chown / USER names; built from the image's /etc/passwd and /etc/group. */
export interface UserLookup {
  user(name: string): { uid: number; gid: number } | undefined;
  group(name: string): number | undefined;
}

function readEtc(tree: ReadonlyTree, path: string): string {
  try {
    const node = resolvePath(tree, path, true).node;
    return node?.type === 'file' ? (node.content ?? '') : '';
  } catch {
    return '';
  }
}

/** Parses `name:x:uid:gid:…` lines (passwd) and `name:x:gid:…` lines (group). */
export function userLookupFromFs(tree: ReadonlyTree): UserLookup {
  const users = new Map<string, { uid: number; gid: number }>();
  for (const line of readEtc(tree, '/etc/passwd').split('\n')) {
    const f = line.split(':');
    if (f.length >= 4 && /^\d+$/.test(f[2]!) && /^\d+$/.test(f[3]!)) {
      if (!users.has(f[0]!)) users.set(f[0]!, { uid: Number(f[2]), gid: Number(f[3]) });
    }
  }
  const groups = new Map<string, number>();
  for (const line of readEtc(tree, '/etc/group').split('\n')) {
    const f = line.split(':');
    if (f.length >= 3 && /^\d+$/.test(f[2]!) && !groups.has(f[0]!)) groups.set(f[0]!, Number(f[2]));
  }
  return { user: (n) => users.get(n), group: (n) => groups.get(n) };
}
