/**
 * Daemon failures. Every message is what the docker client prints, `Error response from
 * daemon: ` prefix included (ground truth §2.9: "Every daemon error is prefixed … by the
 * client"). `data.daemonMessage` keeps the bare daemon text for callers that wrap it again
 * (`docker run` prints `docker: <message>`).
 */
import { EngineError } from '../errors';

const PREFIX = 'Error response from daemon: ';

abstract class DaemonError extends EngineError {
  constructor(daemonMessage: string, hint: string, data: Record<string, unknown> = {}) {
    super(PREFIX + daemonMessage, { hint, exitCode: 1, data: { ...data, daemonMessage } });
  }
}

/** `docker rmi foo` when nothing is called foo (§2.9). `ref` is what docker echoes. */
export class NoSuchImageError extends DaemonError {
  readonly code = 'NO_SUCH_IMAGE';
  constructor(ref: string) {
    super(
      `No such image: ${ref}`,
      'Nothing local has that name or ID. `docker images` lists what you have; `docker pull` fetches from a registry.',
      { ref },
    );
  }
}

export class NoSuchContainerError extends DaemonError {
  readonly code = 'NO_SUCH_CONTAINER';
  constructor(ref: string) {
    super(
      `No such container: ${ref}`,
      '`docker ps -a` lists every container with its ID and name, stopped ones too.',
      { ref },
    );
  }
}

/** rmi refused because a container (running or stopped) still uses the image (§2.9). */
export class ImageConflictError extends DaemonError {
  readonly code = 'IMAGE_CONFLICT';
  constructor(daemonMessage: string, hint: string) {
    super(daemonMessage, hint);
  }
}

/** `docker rm` of a running container (Engine ≥ 28.2 wording, §2.9). */
export class ContainerRunningError extends DaemonError {
  readonly code = 'CONTAINER_RUNNING';
  constructor(arg: string) {
    super(
      `cannot remove container "${arg}": container is running: stop the container before removing or force remove`,
      'Stop it first with `docker stop`, or remove it in one go with `docker rm -f`.',
      { ref: arg },
    );
  }
}

/** Pull of a repository the registry does not have, or that needs a login (§2.10). */
export class PullAccessDeniedError extends DaemonError {
  readonly code = 'PULL_ACCESS_DENIED';
  constructor(name: string, store: 'classic' | 'containerd') {
    const tail = store === 'classic' ? ': denied: requested access to the resource is denied' : '';
    super(
      `pull access denied for ${name}, repository does not exist or may require 'docker login'${tail}`,
      'The registry has no image by that name (check the spelling and the registry host), or it is private and you need `docker login` first.',
      { name },
    );
  }
}

/** The repository exists but not that tag (§2.10, classic wording). */
export class ManifestUnknownError extends DaemonError {
  readonly code = 'MANIFEST_UNKNOWN';
  constructor(familiar: string, full: string, store: 'classic' | 'containerd') {
    super(
      store === 'classic'
        ? `manifest for ${familiar} not found: manifest unknown: manifest unknown`
        : // uncertain: containerd resolver wording, not in the ground truth (from containerd's
          // remotes/docker resolver: `<ref>: not found`, wrapped by moby's pull).
          `failed to resolve reference "${full}": ${full}: not found`,
      'The repository exists but has no such tag. Check the tag on the registry, or leave it out to get `latest`.',
      { ref: familiar },
    );
  }
}

/** A container that is not running, for exec (uncertain: moby `container %s is not running`). */
export class ContainerNotRunningError extends DaemonError {
  readonly code = 'CONTAINER_NOT_RUNNING';
  constructor(id: string) {
    super(
      `container ${id} is not running`,
      '`docker exec` needs a running container. Start it with `docker start`, or use `docker run` for a new one.',
      { id },
    );
  }
}

/** `docker run --name x` when x is taken. uncertain: moby wording from memory, not captured. */
export class ContainerNameConflictError extends DaemonError {
  readonly code = 'CONTAINER_NAME_CONFLICT';
  constructor(name: string, id: string) {
    super(
      `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
      'Container names are unique. Remove the old one (`docker rm -f NAME`) or pick another `--name`.',
      { name, id },
    );
  }
}

/** `docker run` of an image with neither ENTRYPOINT nor CMD (§2.12, derived). */
export class NoCommandError extends DaemonError {
  readonly code = 'NO_COMMAND';
  constructor() {
    super(
      'no command specified',
      'The image has no ENTRYPOINT or CMD, so docker does not know what to run. Give a command after the image name, or add CMD to the Dockerfile.',
    );
  }
}
