/**
 * Tab completion inside a container shell: the first word completes to shell builtins and
 * the executables on the container's PATH, later words to the container's paths (never the
 * host workspace's).
 */
import { posixPath, type Vfs } from '../fs';
import { IMPLICIT_UTILITIES } from '../programs/coreutils/names';
import { BUILTINS } from '../programs/sh/builtins';

export interface ShellCompletion {
  readonly from: number;
  readonly candidates: readonly string[];
}

export interface ContainerView {
  readonly vfs: Vfs;
  readonly cwd: string;
  readonly path: string;
  readonly hasShell: boolean;
}

function list(vfs: Vfs, dir: string): string[] {
  try {
    return vfs.isDirectory(dir) ? vfs.readdir(dir) : [];
  } catch {
    return [];
  }
}

function commands(v: ContainerView): string[] {
  const names = [...Object.keys(BUILTINS), 'exit'];
  if (v.hasShell) names.push(...IMPLICIT_UTILITIES);
  for (const dir of v.path.split(':')) {
    if (dir === '') continue;
    for (const n of list(v.vfs, dir)) {
      const p = posixPath.join(dir, n);
      if (!v.vfs.isDirectory(p) && v.vfs.access(p, 'x')) names.push(n);
    }
  }
  return names;
}

function paths(v: ContainerView, word: string): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const dir = posixPath.resolve(v.cwd, dirPart || '.');
  return list(v.vfs, dir).map(
    (n) => dirPart + n + (v.vfs.isDirectory(posixPath.join(dir, n)) ? '/' : ''),
  );
}

export function completeInContainer(
  line: string,
  cursor: number,
  v: ContainerView,
): ShellCompletion {
  const head = line.slice(0, cursor);
  const from = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')) + 1;
  const word = head.slice(from);
  const first = head.slice(0, from).trim() === '' && !word.includes('/');
  const all = first ? commands(v) : paths(v, word);
  return { from, candidates: [...new Set(all)].filter((c) => c.startsWith(word)).sort() };
}
