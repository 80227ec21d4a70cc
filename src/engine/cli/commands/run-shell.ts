/**
 * `docker run -i` with a shell as the command: instead of running it to the end with empty
 * input, the container starts with the shell as its main process and the session attaches
 * to it (src/engine/container-shell). Anything else, or a start that fails in runc, takes
 * the ordinary path, so its errors stay exactly as before.
 */
import type { ContainerRecord } from '../../daemon/container-types';
import { containerVfs } from '../../daemon/container-fs';
import type { Daemon } from '../../daemon/daemon';
import { planStart } from '../../daemon/runtime';
import type { StoredImage } from '../../daemon/types';
import { interactiveShellFlavour, openContainerShell } from '../../container-shell/open';
import type { ContainerShell } from '../../container-shell/container-shell';
import type { RunningHandle } from '../context';

export function startShell(
  daemon: Daemon,
  record: ContainerRecord,
  image: StoredImage,
  tty: boolean,
): ContainerShell | undefined {
  const argv = [record.path, ...record.args];
  const cwd = record.workingDir || '/';
  const plan = planStart(image, argv, record.env, cwd, record.user);
  if ('kind' in plan) return undefined;
  const vfs = containerVfs(image, record);
  const flavour = interactiveShellFlavour(argv, image, vfs, plan);
  if (!flavour) return undefined;
  daemon.containers.update(record.id, { state: 'running', startedAt: daemon.now() });
  return openContainerShell({
    daemon,
    containerId: record.id,
    image,
    vfs,
    mode: 'run',
    argv,
    flavour,
    env: record.env,
    cwd,
    plan,
    tty,
  });
}

/**
 * `docker run -t IMAGE sh` without `-i`: the shell gets a terminal, prints its prompt and
 * waits for input that is never forwarded. The container stays Up; the lines typed go
 * nowhere. Ctrl-C ends the docker client, not the container.
 * uncertain: with a TTY the CLI does not proxy signals (sig-proxy is off), so SIGINT ends the
 * client with status 130 and the container keeps running (then `docker stop` or `docker rm -f`).
 */
export function startStuckShell(
  daemon: Daemon,
  record: ContainerRecord,
  image: StoredImage,
): { prompt: string; handle: RunningHandle } | undefined {
  const shell = startShell(daemon, record, image, true);
  if (!shell) return undefined;
  return { prompt: shell.prompt(), handle: { containerId: record.id, interrupt: () => 130 } };
}
