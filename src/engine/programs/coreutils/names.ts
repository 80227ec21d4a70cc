/**
 * Utilities every image with a shell has (coreutils on Debian/Ubuntu, busybox applets on
 * Alpine and :debug images), so they run even when the catalog's rootfs does not list the
 * file. The program table provides each of them.
 */
export const IMPLICIT_UTILITIES: ReadonlySet<string> = new Set([
  'ls',
  'cp',
  'mv',
  'rm',
  'mkdir',
  'rmdir',
  'cat',
  'chmod',
  'chown',
  'touch',
  'head',
  'ln',
  'env',
  'whoami',
  'id',
  'which',
  'hostname',
  'sleep',
  // Also shell builtins; the standalone binaries exist for direct exec (builtin-commands.ts).
  'true',
  'false',
  'echo',
  'printf',
  'pwd',
  'test',
  '[',
]);
