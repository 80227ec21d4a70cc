/** Reading package.json and package-lock.json the way npm needs them. */
import { resolve } from '../../fs/posix-path';
import type { Process } from '../host';

export interface PackageJson {
  readonly name?: string;
  readonly version?: string;
  readonly main?: string;
  readonly type?: string;
  readonly scripts?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

export type ReadResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'missing' | 'invalid'; path: string; detail?: string };

export function readJson<T>(proc: Process, dir: string, name: string): ReadResult<T> {
  const path = resolve(dir, name);
  let text: string | null;
  try {
    text = proc.vfs.readFile(path);
  } catch {
    return { ok: false, reason: 'missing', path };
  }
  try {
    const value = JSON.parse(text ?? '') as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, reason: 'invalid', path, detail: 'not an object' };
    }
    return { ok: true, value: value as T };
  } catch (e) {
    return {
      ok: false,
      reason: 'invalid',
      path,
      detail: e instanceof Error ? e.message : String(e),
    };
  }
}

/** `^4.18.2` → `4.18.2`; ranges npm would resolve are shown as their lowest version. */
export function versionOf(range: string): string {
  const m = /\d+(\.\d+){0,2}/.exec(range);
  if (!m) return '1.0.0';
  const parts = m[0].split('.');
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}
