/**
 * The daemon as versioned plain JSON (for resets, saved sessions and share links). Catalog
 * images are stored by id and rebuilt from the catalog; built images carry their layers.
 * A snapshot of another version is refused with a clear message, never half-restored.
 */
import { EngineError } from '../errors';
import { snapshotFromJson, snapshotToJson, type SnapshotJson } from '../fs';
import { listCatalog } from '../images/lookup';
import type { Digest } from '../util/digest';
import type { ContainerRecord } from './container-types';
import { Daemon } from './daemon';
import { catalogSnapshot } from './from-catalog';
import { isProfileName } from './profile';
import type { StoredImage } from './types';

export const DAEMON_JSON_VERSION = 1;

export class DaemonSnapshotError extends EngineError {
  readonly code = 'DAEMON_SNAPSHOT';
  constructor(message: string) {
    super(message, {
      hint: 'Start a fresh session; the saved one cannot be restored.',
      exitCode: 1,
    });
  }
}

type ImageJson = Omit<StoredImage, 'rootfs' | 'repoTags'> & { rootfs?: SnapshotJson };

export interface DaemonJson {
  readonly version: number;
  readonly profile: string;
  readonly seed: string;
  readonly now: number;
  readonly counter: number;
  readonly images: readonly ImageJson[];
  readonly tags: readonly (readonly [string, string])[];
  readonly containers: readonly ContainerRecord[];
  readonly registry: readonly (readonly [string, ImageJson])[];
  readonly auth: readonly (readonly [string, string])[];
  readonly buildCache?: unknown;
}

function imageToJson(image: StoredImage): ImageJson {
  const { rootfs, repoTags: _t, ...rest } = image;
  return image.origin === 'catalog' ? rest : { ...rest, rootfs: snapshotToJson(rootfs) };
}

function imageFromJson(json: ImageJson): StoredImage {
  if (json.rootfs) return { ...json, repoTags: [], rootfs: snapshotFromJson(json.rootfs) };
  const catalog = listCatalog().find((c) => c.id === json.id);
  if (!catalog)
    throw new DaemonSnapshotError(
      `saved session names a base image this version does not know (${json.id})`,
    );
  return { ...json, repoTags: [], rootfs: catalogSnapshot(catalog) };
}

export function daemonToJson(d: Daemon): DaemonJson {
  const images = d.images.list();
  return {
    version: DAEMON_JSON_VERSION,
    profile: d.profile.name,
    seed: d.seed,
    now: d.now(),
    counter: d.counter,
    images: images.map(imageToJson),
    tags: images.flatMap((i) => i.repoTags.map((t) => [t, i.id] as const)),
    containers: [...d.containers.list()].reverse(),
    registry: d.registry
      .pushedTags()
      .map((t) => [t, imageToJson(d.registry.checkpoint().get(t)!)] as const),
    auth: d.auth.entries(),
    ...(d.buildCache === undefined ? {} : { buildCache: d.buildCache }),
  };
}

export function daemonFromJson(json: unknown): Daemon {
  const j = json as DaemonJson;
  if (typeof j !== 'object' || j === null)
    throw new DaemonSnapshotError('saved session is not an object');
  if (j.version !== DAEMON_JSON_VERSION) {
    throw new DaemonSnapshotError(
      `saved session has format version ${String(j.version)}; this simulator reads version ${DAEMON_JSON_VERSION}`,
    );
  }
  if (!isProfileName(j.profile))
    throw new DaemonSnapshotError(`saved session has unknown profile ${JSON.stringify(j.profile)}`);
  const d = new Daemon({ profile: j.profile, seed: j.seed, now: j.now });
  d.counter = j.counter;
  for (const img of j.images) d.images.put(imageFromJson(img), []);
  for (const [tag, id] of j.tags) d.images.tag(id as Digest, tag);
  for (const c of j.containers) d.containers.set(c);
  for (const [tag, img] of j.registry) d.registry.store(tag, imageFromJson(img));
  for (const [host, user] of j.auth) d.auth.login(host, user);
  if (j.buildCache !== undefined) d.buildCache = j.buildCache;
  return d;
}
