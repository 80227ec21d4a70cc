/**
 * Starting a container's process: the checks runc does before anything runs (user lookup,
 * finding argv[0], the ELF loader), then the simulated program. Program behaviour is pluggable
 * (`ProcessRunner`): the daemon uses program-runner.ts, which runs src/engine/programs.
 */
import { resolvePath, Vfs, type FsNode, type Snapshot } from '../fs';
import type { LogLine } from './container-types';
import type { StoredImage } from './types';

export interface ProcessRequest {
  readonly argv: readonly string[];
  /** `KEY=value` entries. */
  readonly env: readonly string[];
  readonly cwd: string;
  readonly uid: number;
  readonly gid: number;
  readonly rootfs: Snapshot;
  readonly image: StoredImage;
  readonly tty: boolean;
  /** The resolved executable path and node. */
  readonly path: string;
  readonly node: FsNode;
  readonly seed: string;
  /**
   * The container's filesystem to run in (its writable layer persists, as for `docker exec`);
   * unset: a fresh writable layer over `rootfs`.
   */
  readonly vfs?: Vfs;
}

export interface ProcessOutcome {
  readonly output: readonly LogLine[];
  readonly exitCode: number;
  /** Set when the process keeps running (a server). */
  readonly running?: { readonly description: string; readonly port?: number };
}

export type ProcessRunner = (req: ProcessRequest) => ProcessOutcome | undefined;

/** Why the process could not start, as runc words it (before the `: unknown` docker adds). */
export type StartFailure =
  | { readonly kind: 'runc'; readonly message: string }
  /** execve failed inside the container: printed on the container's stderr, exit 255. */
  | { readonly kind: 'exec'; readonly message: string };

function stat(tree: Vfs, path: string): FsNode | undefined {
  try {
    return resolvePath(tree, path, true).node;
  } catch {
    return undefined;
  }
}

function canExec(node: FsNode, uid: number, gid: number): boolean {
  if (node.type !== 'file') return false;
  if (uid === 0) return (node.mode & 0o111) !== 0;
  if (node.uid === uid) return (node.mode & 0o100) !== 0;
  if (node.gid === gid) return (node.mode & 0o010) !== 0;
  return (node.mode & 0o001) !== 0;
}

/** Go's exec.LookPath, as runc uses it: only "has any x bit" matters at this point. */
export function lookPath(
  vfs: Vfs,
  name: string,
  cwd: string,
  pathEnv: string,
): { path: string; node: FsNode } | StartFailure {
  const quoted = JSON.stringify(name);
  if (name.includes('/')) {
    const abs = name.startsWith('/') ? name : `${cwd.replace(/\/$/, '')}/${name}`;
    const node = stat(vfs, abs);
    if (!node)
      return { kind: 'runc', message: `exec: ${quoted}: stat ${name}: no such file or directory` };
    if (node.type === 'dir' || (node.mode & 0o111) === 0) {
      return { kind: 'runc', message: `exec: ${quoted}: permission denied` };
    }
    return { path: abs, node };
  }
  for (const dir of pathEnv.split(':')) {
    if (!dir) continue;
    const p = `${dir.replace(/\/$/, '')}/${name}`;
    const node = stat(vfs, p);
    if (node?.type === 'file' && (node.mode & 0o111) !== 0) return { path: p, node };
  }
  return { kind: 'runc', message: `exec: ${quoted}: executable file not found in $PATH` };
}

/** The user a container runs as: numeric, or a name looked up in the image's /etc/passwd. */
export function resolveUser(vfs: Vfs, user: string): { uid: number; gid: number } | StartFailure {
  const [name = '', group] = user.split(':');
  if (name === '' || name === 'root') return { uid: 0, gid: 0 };
  const passwd = vfs.get('/etc/passwd');
  const lines = passwd?.type === 'file' ? (passwd.content ?? '').split('\n') : [];
  if (/^\d+$/.test(name)) {
    const entry = lines.map((l) => l.split(':')).find((f) => f[2] === name);
    return {
      uid: Number(name),
      // A uid missing from /etc/passwd keeps runc's default group, 0 (libcontainer/user
      // GetExecUser starts from Uid 0, Gid 0 and only overrides what it finds).
      gid: group && /^\d+$/.test(group) ? Number(group) : Number(entry?.[3] ?? 0),
    };
  }
  const entry = lines.map((l) => l.split(':')).find((f) => f[0] === name);
  if (!entry) {
    return {
      kind: 'runc',
      message: `unable to find user ${name}: no matching entries in passwd file`,
    };
  }
  return { uid: Number(entry[2]), gid: Number(entry[3]) };
}

const COMMON_TOOLS = new Set(
  'sh echo cat ls env id which hostname whoami pwd printf sleep true false uname date mkdir rm cp mv touch head tail grep sed awk find ps wc sort'.split(
    ' ',
  ),
);

export interface StartPlan {
  readonly path: string;
  readonly node: FsNode;
  readonly uid: number;
  readonly gid: number;
}

/** Everything runc checks before the program runs. */
export function planStart(
  image: StoredImage,
  argv: readonly string[],
  env: readonly string[],
  cwd: string,
  user: string,
  /** The container's filesystem when it has a writable layer (docker exec). */
  rootfs: Snapshot = image.rootfs,
): StartPlan | StartFailure {
  const vfs = Vfs.create(rootfs);
  const who = resolveUser(vfs, user);
  if ('kind' in who) return who;
  const pathEnv =
    env.find((e) => e.startsWith('PATH='))?.slice(5) ??
    '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  let found = lookPath(vfs, argv[0]!, cwd, pathEnv);
  // The catalog lists only the paths that matter; a distro image's everyday tools are there.
  if ('kind' in found && image.facts.hasShell && !argv[0]!.includes('/')) {
    if (COMMON_TOOLS.has(argv[0]!) || image.facts.tools.includes(argv[0]!)) {
      found = {
        path: `/bin/${argv[0]}`,
        node: { type: 'file', mode: 0o755, uid: 0, gid: 0, mtime: 0, size: 0 },
      };
    }
  }
  if ('kind' in found) return found;
  if (!canExec(found.node, who.uid, who.gid)) {
    return { kind: 'exec', message: `exec ${found.path}: permission denied` };
  }
  const node = found.node;
  const dynamic =
    node.type === 'file' &&
    (node.kind === 'elf-dynamic-glibc' ||
      node.fingerprint?.includes('"linking":"dynamic"') === true);
  if (dynamic && !stat(vfs, '/lib64/ld-linux-x86-64.so.2')) {
    return { kind: 'exec', message: `exec ${found.path}: no such file or directory` };
  }
  return { path: found.path, node, uid: who.uid, gid: who.gid };
}
