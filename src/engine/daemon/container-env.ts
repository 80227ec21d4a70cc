/**
 * The environment of a container's processes, built as moby and runc build it:
 * `CreateDaemonEnvironment` starts with PATH, HOSTNAME (the short container ID) and, with a
 * TTY, TERM=xterm; the container's Env (image ENV, then `-e`) replaces same-named entries in
 * place and appends the rest; runc adds HOME from /etc/passwd last when nothing set it.
 * So `docker run --rm alpine env` prints PATH, HOSTNAME, HOME in that order.
 */
import type { Vfs } from '../fs';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function keyOf(entry: string): string {
  const eq = entry.indexOf('=');
  return eq < 0 ? entry : entry.slice(0, eq);
}

/** The home directory of `uid` in the image's /etc/passwd; runc falls back to `/`. */
function homeOf(vfs: Vfs, uid: number): string {
  try {
    const entry = (vfs.readFile('/etc/passwd') ?? '')
      .split('\n')
      .map((l) => l.split(':'))
      .find((f) => f[2] === String(uid));
    return entry?.[5] || '/';
  } catch {
    return '/';
  }
}

export function containerEnv(
  configEnv: readonly string[],
  vfs: Vfs,
  uid: number,
  containerId: string,
  tty: boolean,
): string[] {
  const env = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${containerId.slice(0, 12)}`];
  if (tty) env.push('TERM=xterm');
  for (const entry of configEnv) {
    const at = env.findIndex((e) => keyOf(e) === keyOf(entry));
    if (at >= 0) env[at] = entry;
    else env.push(entry);
  }
  if (!env.some((e) => keyOf(e) === 'HOME')) env.push(`HOME=${homeOf(vfs, uid)}`);
  return env;
}

/**
 * `-h NAME`: moby sets HOSTNAME from Config.Hostname. The record carries it as an Env entry
 * (unless `-e HOSTNAME=…` already set one, which wins as in moby), so every process of the
 * container sees it; `docker inspect` leaves that entry out of Config.Env again.
 */
export function withHostname(env: readonly string[], hostname: string | undefined): string[] {
  if (hostname === undefined || env.some((e) => keyOf(e) === 'HOSTNAME')) return [...env];
  return [...env, `HOSTNAME=${hostname}`];
}
