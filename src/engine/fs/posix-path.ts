/**
 * POSIX path helpers for the simulated filesystem. Paths inside the VFS are always absolute and
 * normalised (`/a/b`, never `/a/b/` or `/a/./b`); `..` above `/` is clamped at `/`, as the kernel does.
 * These are lexical helpers: symlinks are resolved by the VFS, not here.
 */

/** Splits a path into its non-empty, non-`.` components (`..` is kept). */
function parts(path: string): string[] {
  return path.split('/').filter((p) => p !== '' && p !== '.');
}

/** Lexical normalisation. Absolute paths clamp `..` at `/`; relative ones keep leading `..`. */
export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of parts(path)) {
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  if (absolute) return '/' + out.join('/');
  return out.length === 0 ? '.' : out.join('/');
}

/** Joins segments and normalises; an absolute later segment does NOT reset (like Node's join). */
export function join(...segments: string[]): string {
  const nonEmpty = segments.filter((s) => s !== '');
  return nonEmpty.length === 0 ? '.' : normalize(nonEmpty.join('/'));
}

/** Resolves `path` against `cwd` (an absolute path); an absolute `path` ignores `cwd`. */
export function resolve(cwd: string, path: string): string {
  return normalize(path.startsWith('/') ? path : `${cwd}/${path}`);
}

export function dirname(path: string): string {
  const n = normalize(path);
  if (n === '/') return '/';
  const i = n.lastIndexOf('/');
  if (i === -1) return '.';
  return i === 0 ? '/' : n.slice(0, i);
}

export function basename(path: string): string {
  const n = normalize(path);
  if (n === '/') return '/';
  return n.slice(n.lastIndexOf('/') + 1);
}

/** The components of an absolute normalised path: `/a/b` → `['a', 'b']`, `/` → `[]`. */
export function segments(absPath: string): string[] {
  return parts(normalize(absPath));
}

/** True if `path` is `ancestor` or lies below it (both absolute and normalised). */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === '/') return true;
  return path === ancestor || path.startsWith(ancestor + '/');
}

/** `relative('/a', '/a/b/c')` → `b/c`; `.` when equal. Assumes `isWithin(to, from)`. */
export function relative(from: string, to: string): string {
  if (from === to) return '.';
  return from === '/' ? to.slice(1) : to.slice(from.length + 1);
}
