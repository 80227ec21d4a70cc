/** What the daemon keeps about a container: plain data, so snapshots are JSON as they are. */
import type { LayerJson } from '../fs';
import type { Digest } from '../util/digest';

export type ContainerState = 'created' | 'running' | 'exited';

export interface PortBinding {
  /** `3000/tcp` */
  readonly containerPort: string;
  /** Host port when published with -p. */
  readonly hostPort?: string;
  readonly hostIp?: string;
}

export interface LogLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

export interface ContainerRecord {
  /** 64 hex characters. */
  readonly id: string;
  readonly name: string;
  /** The image as the user typed it (`docker ps` IMAGE column). */
  readonly image: string;
  readonly imageId: Digest;
  /** argv[0] and the rest: ENTRYPOINT + CMD after the run rules. */
  readonly path: string;
  readonly args: readonly string[];
  readonly env: readonly string[];
  readonly user: string;
  readonly workingDir: string;
  readonly tty: boolean;
  readonly autoRemove: boolean;
  readonly ports: readonly PortBinding[];
  /** Milliseconds on the daemon clock. */
  readonly created: number;
  readonly state: ContainerState;
  readonly exitCode: number;
  readonly startedAt?: number;
  readonly finishedAt?: number;
  readonly logs: readonly LogLine[];
  /** Set when start failed before the process ran (runc error): shown by `inspect`. */
  readonly error?: string;
  /**
   * The container's writable layer (what `docker diff` would list), when anything wrote to
   * it: interactive shells and `docker exec` keep their files here between commands.
   */
  readonly rw?: LayerJson;
  /** `--read-only`: writes outside `tmpfs` fail with EROFS (HostConfig.ReadonlyRootfs). */
  readonly readOnly?: boolean;
  /** `--tmpfs PATH[:OPTIONS]`: mount point → options, as HostConfig.Tmpfs. */
  readonly tmpfs?: Readonly<Record<string, string>>;
  /** `-h/--hostname`: Config.Hostname and HOSTNAME (default: the short id). */
  readonly hostname?: string;
  /** `-l/--label`, `--label-file`: Config.Labels on top of the image's labels. */
  readonly labels?: Readonly<Record<string, string>>;
  /** `--restart`: recorded for inspect only; the simulation never restarts a container. */
  readonly restartPolicy?: { readonly Name: string; readonly MaximumRetryCount: number };
  /** `--stop-signal`, `--stop-timeout`: Config.StopSignal, Config.StopTimeout. */
  readonly stopSignal?: string;
  readonly stopTimeout?: number;
}
