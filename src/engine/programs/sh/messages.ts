/**
 * Error texts of the three shells an image may have as /bin/sh or bash, captured from dash
 * 0.5.12 (Debian 12) with LC_ALL=C. busybox ash and bash texts come from their sources.
 * `prefix` is what every message starts with: dash `/bin/sh: 1: `, ash `/bin/sh: `,
 * bash `bash: line 1: `.
 */
export type Flavour = 'dash' | 'ash' | 'bash';

export function prefix(flavour: Flavour, arg0: string, line: number): string {
  if (flavour === 'dash') return `${arg0}: ${line}: `;
  if (flavour === 'bash') return `${arg0}: line ${line}: `;
  return `${arg0}: `;
}

export function notFound(flavour: Flavour, name: string): string {
  return flavour === 'bash' ? `${name}: command not found` : `${name}: not found`;
}

/** `cd` failure text and its status (dash 2, ash and bash 1). */
export function cdFailed(flavour: Flavour, dir: string, strerror: string): [string, number] {
  if (flavour === 'dash') return [`cd: can't cd to ${dir}`, 2];
  if (flavour === 'bash') return [`cd: ${dir}: ${strerror}`, 1];
  return [`cd: can't cd to ${dir}: ${strerror}`, 1];
}

/** Redirection failures: dash `cannot create x: Directory nonexistent` (status 2). */
export function cannotCreate(flavour: Flavour, path: string, code: string): string {
  const dashErr: Record<string, string> = {
    ENOENT: 'Directory nonexistent',
    ENOTDIR: 'Directory nonexistent',
    EACCES: 'Permission denied',
    EISDIR: 'Is a directory',
    EROFS: 'Read-only file system',
  };
  const stdErr: Record<string, string> = {
    ENOENT: 'No such file or directory',
    ENOTDIR: 'Not a directory',
    EACCES: 'Permission denied',
    EISDIR: 'Is a directory',
    EROFS: 'Read-only file system',
  };
  if (flavour === 'dash') return `cannot create ${path}: ${dashErr[code] ?? 'Permission denied'}`;
  // uncertain: busybox words ENOENT on create as "nonexistent directory".
  if (flavour === 'ash') {
    return `can't create ${path}: ${code === 'ENOENT' ? 'nonexistent directory' : (stdErr[code] ?? 'Permission denied')}`;
  }
  return `${path}: ${stdErr[code] ?? 'Permission denied'}`;
}

export function cannotOpen(flavour: Flavour, path: string, code: string): string {
  const err: Record<string, string> = {
    ENOENT: 'No such file or directory',
    EACCES: 'Permission denied',
    EISDIR: 'Is a directory',
    ENOTDIR: 'Not a directory',
  };
  if (flavour === 'dash') {
    return `cannot open ${path}: ${code === 'ENOENT' ? 'No such file' : (err[code] ?? 'Permission denied')}`;
  }
  // uncertain: busybox 1.36 quotes the name: can't open 'x': No such file or directory
  if (flavour === 'ash') return `can't open '${path}': ${err[code] ?? 'Permission denied'}`;
  return `${path}: ${err[code] ?? 'Permission denied'}`;
}

/** Status of a failed redirection: dash and bash 2 for a special builtin, else 1 in bash. */
export function redirStatus(flavour: Flavour): number {
  return flavour === 'dash' ? 2 : 1;
}

/** Syntax errors and other fatal shell errors exit with 2 in all three. */
export const SYNTAX_STATUS = 2;

/** `set -x` trace line: dash prints words as they are, ash and bash quote when needed. */
export function traceLine(flavour: Flavour, words: readonly string[]): string {
  if (flavour === 'dash') return `+ ${words.join(' ')}`;
  return `+ ${words.map((w) => (w === '' || /[^\w@%+=:,./-]/.test(w) ? `'${w.replace(/'/g, "'\\''")}'` : w)).join(' ')}`;
}
