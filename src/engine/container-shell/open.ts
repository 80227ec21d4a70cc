/**
 * Whether `docker run -i` / `docker exec -i` starts a shell that waits for typed commands,
 * and the ContainerShell for it. A shell with `-c` or a script operand runs as before.
 */
import { containerEnv } from '../daemon/container-env';
import type { Daemon } from '../daemon/daemon';
import type { StartPlan } from '../daemon/runtime';
import type { StoredImage } from '../daemon/types';
import type { Vfs } from '../fs';
import { basename } from '../fs/posix-path';
import { programImage } from '../programs/image-fs';
import type { Flavour } from '../programs/sh/messages';
import { imageFlavour } from '../programs/sh/program';
import { ContainerShell } from './container-shell';

const SHELLS: Readonly<Record<string, Flavour | 'image'>> = {
  sh: 'image',
  ash: 'ash',
  dash: 'dash',
  bash: 'bash',
};

/** The shell's dialect, or undefined when argv is not a shell reading commands from stdin. */
export function interactiveShellFlavour(
  argv: readonly string[],
  image: StoredImage,
  vfs: Vfs,
  plan: StartPlan,
): Flavour | undefined {
  let args = argv.slice(1);
  let name = basename(argv[0] ?? '');
  if (name === 'busybox') {
    name = args[0] ?? '';
    args = args.slice(1);
  }
  const kind = SHELLS[name];
  if (kind === undefined) return undefined;
  // Options only (`sh -l`, `bash -i`): a `-c` or a script file means no typed input is read.
  if (args.some((a) => !a.startsWith('-') || /^-[a-z]*c/.test(a))) return undefined;
  if (kind !== 'image') return kind;
  let real = plan.path;
  try {
    real = vfs.realpath(plan.path);
  } catch {
    // a path the catalog only implies (see planStart): the image's /bin/sh
  }
  const node = vfs.get(real);
  const tag = node?.type === 'file' && node.kind?.startsWith('program:') ? node.kind.slice(8) : '';
  const file = basename(real);
  if (tag === 'busybox' || file === 'busybox') return 'ash';
  if (tag === 'dash' || file === 'dash') return 'dash';
  if (tag === 'bash' || file === 'bash') return 'bash';
  return imageFlavour(programImage(image.facts));
}

/** The container process environment (daemon/container-env.ts) as the shell's variables. */
export function daemonEnv(
  env: readonly string[],
  vfs: Vfs,
  uid: number,
  containerId: string,
  tty: boolean,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of containerEnv(env, vfs, uid, containerId, tty)) {
    const eq = e.indexOf('=');
    if (eq > 0) out[e.slice(0, eq)] = e.slice(eq + 1);
  }
  return out;
}

export interface OpenShell {
  readonly daemon: Daemon;
  readonly containerId: string;
  readonly image: StoredImage;
  readonly vfs: Vfs;
  readonly mode: 'run' | 'exec';
  readonly argv: readonly string[];
  readonly flavour: Flavour;
  readonly env: readonly string[];
  readonly cwd: string;
  readonly plan: StartPlan;
  readonly tty: boolean;
}

export function openContainerShell(o: OpenShell): ContainerShell {
  const busyboxSh = basename(o.argv[0] ?? '') === 'busybox';
  return new ContainerShell({
    daemon: o.daemon,
    containerId: o.containerId,
    image: o.image,
    vfs: o.vfs,
    mode: o.mode,
    arg0: busyboxSh ? (o.argv[1] ?? 'sh') : (o.argv[0] ?? 'sh'),
    flavour: o.flavour,
    env: daemonEnv(o.env, o.vfs, o.plan.uid, o.containerId, o.tty),
    cwd: o.cwd || '/',
    uid: o.plan.uid,
    gid: o.plan.gid,
    tty: o.tty,
  });
}
