/**
 * The JSON `docker inspect` prints for images and containers: the Engine API field names and
 * nesting (moby api/types). uncertain: a subset of fields; values the simulation does not
 * model (GraphDriver data, network settings) are left out.
 */
import type { ContainerRecord } from '../../daemon/container-types';
import type { Daemon } from '../../daemon/daemon';
import { layersOf } from '../../daemon/layers';
import type { StoredImage } from '../../daemon/types';
import type { BuiltConfig } from '../../builder/config';
import { displayId } from './image-rows';

/**
 * moby's DockerOCIImageConfig: the OCI ImageConfig fields, then Docker's extensions
 * (Healthcheck, OnBuild, Shell), in struct order, each left out when empty (omitempty).
 */
function ociConfig(c: BuiltConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.User) out.User = c.User;
  if (Object.keys(c.ExposedPorts).length > 0) out.ExposedPorts = c.ExposedPorts;
  out.Env = c.Env;
  if (c.Entrypoint) out.Entrypoint = c.Entrypoint;
  if (c.Cmd) out.Cmd = c.Cmd;
  if (c.Volumes && Object.keys(c.Volumes).length > 0) out.Volumes = c.Volumes;
  if (c.WorkingDir) out.WorkingDir = c.WorkingDir;
  if (Object.keys(c.Labels).length > 0) out.Labels = c.Labels;
  if (c.StopSignal) out.StopSignal = c.StopSignal;
  if (c.Healthcheck) out.Healthcheck = c.Healthcheck;
  if (c.OnBuild?.length) out.OnBuild = c.OnBuild;
  if (c.Shell) out.Shell = c.Shell;
  return out;
}

export function imageJson(daemon: Daemon, image: StoredImage): Record<string, unknown> {
  const containerd = daemon.profile.store === 'containerd';
  return {
    Id: displayId(daemon, image),
    RepoTags: image.repoTags.map((t) => t.replace(/^docker\.io\/(library\/)?/, '')),
    RepoDigests: image.repoDigests.map((t) => t.replace(/^docker\.io\/(library\/)?/, '')),
    Parent: image.parent ?? '',
    Comment: image.history.at(-1)?.comment ?? '',
    Created: image.created,
    DockerVersion: '',
    Author: '',
    Config: ociConfig(image.config),
    Architecture: 'amd64',
    Os: 'linux',
    Size: containerd ? image.size + image.compressedSize : image.size,
    GraphDriver: containerd ? { Data: null, Name: 'overlayfs' } : { Data: {}, Name: 'overlay2' },
    RootFS: { Type: 'layers', Layers: layersOf(image).map((l) => l.digest) },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
    ...(containerd && image.digest
      ? {
          Descriptor: {
            mediaType: 'application/vnd.oci.image.index.v1+json',
            digest: image.digest,
            size: 856,
          },
        }
      : {}),
  };
}

function iso(ms: number | undefined): string {
  return ms === undefined
    ? '0001-01-01T00:00:00Z'
    : new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

export function containerJson(c: ContainerRecord): Record<string, unknown> {
  return {
    Id: c.id,
    Created: iso(c.created),
    Path: c.path,
    Args: c.args,
    State: {
      Status: c.state,
      Running: c.state === 'running',
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: c.state === 'running' ? 4242 : 0,
      ExitCode: c.exitCode,
      Error: c.error ?? '',
      StartedAt: iso(c.startedAt),
      FinishedAt: iso(c.finishedAt),
    },
    Image: c.imageId,
    Name: `/${c.name}`,
    RestartCount: 0,
    HostConfig: hostConfig(c),
    Config: {
      Hostname: c.hostname ?? c.id.slice(0, 12),
      User: c.user,
      Tty: c.tty,
      // `-h` travels as an Env entry (container-env.ts withHostname); moby keeps it out of Env.
      Env: c.hostname === undefined ? c.env : c.env.filter((e) => e !== `HOSTNAME=${c.hostname}`),
      Cmd: c.args.length > 0 ? c.args : null,
      Image: c.image,
      WorkingDir: c.workingDir,
      Entrypoint: [c.path],
      Labels: c.labels ?? {},
      ...(c.stopSignal !== undefined && { StopSignal: c.stopSignal }),
      ...(c.stopTimeout !== undefined && { StopTimeout: c.stopTimeout }),
    },
  };
}

/**
 * The HostConfig fields the simulation records, in moby's struct order (Tmpfs is omitempty).
 * uncertain: a subset; real inspect shows every HostConfig field.
 */
function hostConfig(c: ContainerRecord): Record<string, unknown> {
  return {
    RestartPolicy: c.restartPolicy ?? { Name: 'no', MaximumRetryCount: 0 },
    AutoRemove: c.autoRemove,
    ReadonlyRootfs: c.readOnly === true,
    ...(c.tmpfs && { Tmpfs: c.tmpfs }),
  };
}
