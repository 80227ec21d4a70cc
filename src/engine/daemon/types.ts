/**
 * The contract between the builder (which makes images), the daemon (which stores, tags,
 * pulls and pushes them) and the CLI commands (which show them). Plain data plus the layered
 * root filesystem, so a daemon snapshot can be serialised for resets and share links.
 */
import type { Digest } from '../util/digest';
import type { HistoryEntry, ImageConfig, ImageFacts } from '../images/types';
import type { Snapshot } from '../fs';

export interface StoredImage {
  /** Config digest: what `docker images` shows (first 12 hex) as IMAGE ID. */
  readonly id: Digest;
  /** Manifest digest, once the image has one (pulled, pushed, or containerd store builds). */
  readonly digest?: Digest;
  /** Fully normalised references, e.g. `docker.io/library/node:22`, `docker.io/library/app:latest`. */
  readonly repoTags: readonly string[];
  /** `docker.io/library/node@sha256:…` for pulled or pushed images. */
  readonly repoDigests: readonly string[];
  /** RFC 3339; distroless and other reproducible images use 1970-01-01T00:00:00Z. */
  readonly created: string;
  /** Uncompressed bytes (classic store SIZE; containerd store "content" is compressedSize). */
  readonly size: number;
  readonly compressedSize: number;
  /** Oldest first, as the image config stores it (`docker history` prints newest first). */
  readonly history: readonly HistoryEntry[];
  readonly config: ImageConfig;
  /** What the image can do at run time (shell, libc, users…): base facts plus build changes. */
  readonly facts: ImageFacts;
  /** The merged root filesystem, as layers. */
  readonly rootfs: Snapshot;
  /** Where the image came from; the catalog images are what the simulated registry serves. */
  readonly origin: 'catalog' | 'build' | 'pull';
  /** Legacy builder only: intermediate images point at their parent (`<none>` rows). */
  readonly parent?: Digest;
}

/**
 * What the builder needs from the daemon. The daemon implements it; the builder never reaches
 * into daemon internals, so both can be tested alone.
 */
export interface ImageStore {
  /** A local image by reference (`node:22`, `app`), full or short id, or digest reference. */
  get(refOrId: string): StoredImage | undefined;
  /**
   * Stores an image and points the given normalised tags at it. A tag that pointed at another
   * image moves, leaving that image dangling (`<none>:<none>`) if it has no tags left.
   */
  put(image: StoredImage, tags: readonly string[]): void;
  list(): readonly StoredImage[];
}
