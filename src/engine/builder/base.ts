/**
 * Resolving a FROM image or `COPY --from=<image>`: a local image in the ImageStore first (the
 * docker driver sees the daemon's images), then the simulated registry (the catalog).
 */
import type { ImageStore } from '../daemon/types';
import { Snapshot } from '../fs';
import { listCatalog, resolveImage } from '../images/lookup';
import { fullName, parseReference } from '../images/reference';
import type { HistoryEntry, ImageFacts } from '../images/types';
import type { BuiltConfig } from './config';
import { BuildImageNotFoundError } from './errors';
import { mountCatalogImage } from './mount';

export interface BaseImage {
  readonly id: string;
  /** Manifest digest when the registry has one (shown as `FROM ref@sha256:…`). */
  readonly digest?: string;
  readonly ref: string;
  readonly snapshot: Snapshot;
  readonly config: BuiltConfig;
  readonly facts: ImageFacts;
  readonly history: readonly HistoryEntry[];
  readonly size: number;
  readonly compressedSize: number;
  /** True when it comes from the registry (first use downloads its layers). */
  readonly remote: boolean;
}

const PULL_DENIED =
  'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';

export function resolveBase(
  store: ImageStore,
  asWritten: string,
  ref: string,
  suggestion?: string,
): BaseImage {
  const local = store.get(ref);
  if (local) {
    return {
      id: local.id,
      ...(local.digest ? { digest: local.digest } : {}),
      ref,
      snapshot: local.rootfs,
      config: local.config,
      facts: local.facts,
      history: local.history,
      size: local.size,
      compressedSize: local.compressedSize,
      remote: false,
    };
  }
  const image = resolveImage(ref);
  if (!image || !image.pullable) {
    const repo = fullName(parseReference(ref));
    const known = listCatalog().some(
      (c) => c.repository === repo || c.aliases.some((a) => a.repository === repo),
    );
    // uncertain: the missing-tag cause is derived from containerd's resolver (§2.5).
    const cause = known ? `${ref}: not found` : PULL_DENIED;
    throw new BuildImageNotFoundError(asWritten, ref, cause, suggestion);
  }
  return {
    id: image.id,
    digest: image.digest,
    ref,
    snapshot: mountCatalogImage(image),
    config: image.config,
    facts: image.facts,
    history: image.history,
    size: image.size,
    compressedSize: image.compressedSize,
    remote: true,
  };
}

export const SCRATCH_CONFIG: BuiltConfig = {
  Env: [],
  User: '',
  WorkingDir: '',
  Entrypoint: null,
  Cmd: null,
  ExposedPorts: {},
  Labels: {},
};

export const SCRATCH_FACTS: ImageFacts = {
  os: { id: 'none', version: '', prettyName: 'scratch' },
  hasShell: false,
  shellPath: null,
  shellKind: null,
  libc: 'none',
  packageManager: 'none',
  runtimes: {},
  tools: [],
  caCertificates: false,
  users: [],
  defaultUser: 'root',
};
