/**
 * Pathname expansion (`*`, `?`, `[…]`) over the Vfs, one path component at a time, as sh does:
 * a leading `.` must be matched explicitly, results are sorted, and a pattern that matches
 * nothing stays as written. Quoted characters arrive escaped with a backslash.
 */
import type { Vfs } from '../../fs/vfs';
import { resolve } from '../../fs/posix-path';

export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Converts one component pattern to a RegExp (anchored). Invalid classes match literally. */
export function componentRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i]!);
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, end);
      let neg = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        neg = true;
        body = body.slice(1);
      }
      re += `[${neg ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => '\\' + m)}]`;
      i = end;
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, 's');
}

function escapeRe(c: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(c) ? '\\' + c : c;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Expands `pattern` relative to `cwd`; returns [] when nothing matches. */
export function glob(vfs: Vfs, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let results: string[] = [absolute ? '/' : ''];
  for (const comp of absolute ? comps.slice(1) : comps) {
    if (comp === '') continue;
    const next: string[] = [];
    for (const prefix of results) {
      const join = (name: string) =>
        prefix === '' ? name : prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`;
      if (!hasGlob(comp)) {
        next.push(join(unescape(comp)));
        continue;
      }
      let names: string[];
      try {
        names = vfs.readdir(resolve(cwd, prefix === '' ? '.' : prefix));
      } catch {
        continue;
      }
      const re = componentRegExp(comp);
      const dotOk = comp.startsWith('.') || comp.startsWith('\\.');
      for (const name of names) {
        if (name.startsWith('.') && !dotOk) continue;
        if (re.test(name)) next.push(join(name));
      }
    }
    results = next;
    if (results.length === 0) return [];
  }
  return results
    .filter((p) => vfs.exists(resolve(cwd, p)) || isDangling(vfs, resolve(cwd, p)))
    .sort();
}

function isDangling(vfs: Vfs, path: string): boolean {
  return vfs.get(path)?.type === 'symlink';
}
