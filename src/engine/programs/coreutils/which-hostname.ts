/** `which` and `hostname`: everyday applets of every image with a shell (busybox, debianutils). */
import type { Program } from '../host';
import { println } from '../output';

export const which: Program = (proc) => {
  let code = 0;
  for (const name of proc.argv.slice(1)) {
    const dirs = (proc.env['PATH'] ?? '').split(':');
    const hit = dirs
      .map((d) => `${d.replace(/\/$/, '')}/${name}`)
      .find((p) => proc.vfs.exists(p) && !proc.vfs.isDirectory(p));
    if (hit) println(proc.stdout, hit);
    else code = 1;
  }
  return { code };
};

/**
 * The container's hostname is its short ID, which docker also puts in HOSTNAME. A RUN step
 * has no HOSTNAME variable; BuildKit names its sandbox `buildkitsandbox`.
 */
export const hostname: Program = (proc) => {
  println(proc.stdout, proc.env['HOSTNAME'] ?? 'buildkitsandbox');
  return { code: 0 };
};
