/**
 * The shape of a simulated base image: what `docker images`, `docker history`,
 * `docker inspect`, the builder and `docker run` need to know about it. Plain data only.
 */
import type { Digest } from '../util/digest';

export type Libc = 'glibc' | 'musl' | 'none';
export type PackageManager = 'apt' | 'apk' | 'none';
/** measured: a primary source gives the number; estimate: reasoned (see the entry's comment). */
export type SizeSource = 'measured' | 'estimate';

/** One `docker history` row. Metadata-only rows (ENV, CMD…) have `emptyLayer` and size 0. */
export interface HistoryEntry {
  readonly created: string;
  readonly createdBy: string;
  readonly comment?: string;
  readonly emptyLayer: boolean;
  /** Uncompressed bytes, as `docker history` SIZE shows them. */
  readonly size: number;
  /** Bytes in the registry (gzip), as a pull downloads them. */
  readonly compressedSize: number;
  /** Layer digest, derived from the layer's description; shared layers share it. */
  readonly digest?: Digest;
}

export interface ImageConfig {
  readonly Env: readonly string[];
  readonly User: string;
  readonly WorkingDir: string;
  readonly Entrypoint: readonly string[] | null;
  readonly Cmd: readonly string[] | null;
  readonly Shell?: readonly string[];
  readonly ExposedPorts: Readonly<Record<string, Record<string, never>>>;
  readonly Labels: Readonly<Record<string, string>>;
  readonly StopSignal?: string;
}

export interface PasswdEntry {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly shell: string;
}

/**
 * One important path of the image's root filesystem, for the layered fs to mount.
 * `program` names the simulated program that runs when the file is executed.
 */
export interface RootfsEntry {
  readonly path: string;
  readonly type: 'file' | 'dir' | 'symlink';
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size?: number;
  readonly target?: string;
  readonly content?: string;
  readonly program?: string;
}

export interface OsInfo {
  readonly id: 'debian' | 'alpine' | 'ubuntu' | 'wolfi' | 'busybox' | 'none';
  readonly version: string;
  readonly prettyName: string;
}

export interface Runtimes {
  readonly node?: string;
  /** null: this image has node but no npm (distroless nodejs, Chainguard node runtime). */
  readonly npm?: string | null;
  readonly yarn?: string;
  readonly go?: string;
  readonly python?: string;
  readonly pip?: boolean;
  readonly java?: string;
  readonly javaKind?: 'jdk' | 'jre';
  readonly nginx?: string;
}

export interface EolInfo {
  readonly date: string;
  readonly note: string;
}

/** Behavioural facts the builder, programs, build checks and hints rely on. */
export interface ImageFacts {
  readonly os: OsInfo;
  readonly hasShell: boolean;
  /** The `/bin/sh`-like shell a shell-form RUN/CMD would need, or where a debug shell is. */
  readonly shellPath: string | null;
  readonly shellKind: 'bash' | 'dash' | 'ash' | 'busybox' | null;
  readonly libc: Libc;
  readonly glibcVersion?: string;
  readonly muslVersion?: string;
  readonly packageManager: PackageManager;
  readonly runtimes: Runtimes;
  /** Go images: is cgo on by default (a C compiler is on PATH)? */
  readonly cgoDefault?: boolean;
  readonly tools: readonly string[];
  readonly caCertificates: boolean;
  readonly users: readonly PasswdEntry[];
  /** config.User, or `root` when it is empty. */
  readonly defaultUser: string;
  readonly eol?: EolInfo;
}

export interface CatalogImage {
  /** Normalised repository, e.g. `docker.io/library/node`, `gcr.io/distroless/static-debian13`. */
  readonly repository: string;
  readonly tags: readonly string[];
  /** Other repositories publishing the same image (distroless unsuffixed names). */
  readonly aliases: readonly { readonly repository: string; readonly tags: readonly string[] }[];
  readonly platform: 'linux/amd64';
  /** Image (config) id: `docker images` IMAGE ID. */
  readonly id: Digest;
  /** Manifest digest: what `name@sha256:…` pins and `docker pull` prints as Digest. */
  readonly digest: Digest;
  readonly size: number;
  readonly compressedSize: number;
  readonly sizeSource: SizeSource;
  /** Ground-truth source key(s), e.g. `RI-node22-local`, or how the estimate was made. */
  readonly sizeNote: string;
  readonly created: string;
  readonly history: readonly HistoryEntry[];
  readonly config: ImageConfig;
  readonly facts: ImageFacts;
  readonly rootfs: readonly RootfsEntry[];
  /** False only for `scratch`. */
  readonly pullable: boolean;
  /** DHI: `docker login dhi.io` needed before a pull. */
  readonly requiresLogin?: boolean;
}
