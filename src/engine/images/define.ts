/**
 * Turns a compact image description into a CatalogImage: inherits the parent's layers,
 * config, facts and filesystem; scales the image's own layer sizes so they add up exactly
 * to the measured (or estimated) total; and derives layer digests, the image id and the
 * manifest digest from content, so they are stable across runs.
 */
import { digestOf } from '../util/digest';
import type {
  CatalogImage,
  HistoryEntry,
  ImageConfig,
  ImageFacts,
  RootfsEntry,
  SizeSource,
} from './types';

/** A layer-creating step: `size`/`compressed` are weights when totals are given. */
export interface LayerSpec {
  readonly createdBy: string;
  readonly size: number;
  readonly compressed: number;
  readonly created?: string;
  readonly comment?: string;
}
/** A metadata-only step (ENV, CMD, …). */
export interface MetaSpec {
  readonly createdBy: string;
  readonly created?: string;
  readonly comment?: string;
}

export interface ImageSpec {
  readonly repository: string;
  readonly tags: readonly string[];
  readonly aliases?: CatalogImage['aliases'];
  readonly parent?: CatalogImage;
  readonly created: string;
  readonly history: readonly (LayerSpec | MetaSpec)[];
  /** Totals for the whole image; the image's own layers are scaled to reach them. */
  readonly size?: number;
  readonly compressedSize?: number;
  readonly sizeSource: SizeSource;
  readonly sizeNote: string;
  readonly config?: Partial<ImageConfig>;
  readonly facts?: Partial<ImageFacts>;
  readonly rootfs?: readonly RootfsEntry[];
  readonly pullable?: boolean;
  readonly requiresLogin?: boolean;
}

const EMPTY_CONFIG: ImageConfig = {
  Env: [],
  User: '',
  WorkingDir: '',
  Entrypoint: null,
  Cmd: null,
  ExposedPorts: {},
  Labels: {},
};

/** Largest-remainder scaling: integer parts proportional to weights, summing to `total`. */
export function scaleToTotal(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const floors = exact.map(Math.floor);
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    floors[i]! += 1;
    rest -= 1;
  }
  return floors;
}

function isLayer(step: LayerSpec | MetaSpec): step is LayerSpec {
  return 'size' in step;
}

function mergeRootfs(base: readonly RootfsEntry[], own: readonly RootfsEntry[]): RootfsEntry[] {
  const byPath = new Map(base.map((e) => [e.path, e]));
  for (const e of own) byPath.set(e.path, e);
  return [...byPath.values()];
}

export function defineImage(spec: ImageSpec): CatalogImage {
  const parentHistory = spec.parent?.history ?? [];
  const parentSize = spec.parent?.size ?? 0;
  const parentCompressed = spec.parent?.compressedSize ?? 0;
  const layers = spec.history.filter(isLayer);
  const sizes = scaleToTotal(
    layers.map((l) => l.size),
    (spec.size ?? parentSize + layers.reduce((a, l) => a + l.size, 0)) - parentSize,
  );
  const compressed = scaleToTotal(
    layers.map((l) => l.compressed),
    (spec.compressedSize ?? parentCompressed + layers.reduce((a, l) => a + l.compressed, 0)) -
      parentCompressed,
  );
  let li = 0;
  const own: HistoryEntry[] = spec.history.map((step) => {
    const created = step.created ?? spec.created;
    const comment = step.comment !== undefined ? { comment: step.comment } : {};
    if (!isLayer(step)) {
      return {
        created,
        createdBy: step.createdBy,
        ...comment,
        emptyLayer: true,
        size: 0,
        compressedSize: 0,
      };
    }
    const size = sizes[li]!;
    const compressedSize = compressed[li++]!;
    const digest = digestOf(`layer\n${step.createdBy}\n${size}\n${compressedSize}`);
    return {
      created,
      createdBy: step.createdBy,
      ...comment,
      emptyLayer: false,
      size,
      compressedSize,
      digest,
    };
  });
  const history = [...parentHistory, ...own];
  const config: ImageConfig = { ...EMPTY_CONFIG, ...spec.parent?.config, ...spec.config };
  const parentFacts = spec.parent?.facts;
  const facts = {
    ...parentFacts,
    ...spec.facts,
    defaultUser: (spec.config?.User ?? config.User) || 'root',
  } as ImageFacts;
  const size = history.reduce((a, h) => a + h.size, 0);
  const compressedSize = history.reduce((a, h) => a + h.compressedSize, 0);
  const diffIds = history.flatMap((h) => (h.digest ? [h.digest] : []));
  const id = digestOf(
    JSON.stringify({ config, diffIds, history: history.map((h) => h.createdBy) }),
  );
  const digest = digestOf(JSON.stringify({ id, layers: diffIds, compressedSize }));
  return {
    repository: spec.repository,
    tags: spec.tags,
    aliases: spec.aliases ?? [],
    platform: 'linux/amd64',
    id,
    digest,
    size,
    compressedSize,
    sizeSource: spec.sizeSource,
    sizeNote: spec.sizeNote,
    created: history.length ? history[history.length - 1]!.created : spec.created,
    history,
    config,
    facts,
    rootfs: mergeRootfs(spec.parent?.rootfs ?? [], spec.rootfs ?? []),
    pullable: spec.pullable ?? true,
    ...(spec.requiresLogin ? { requiresLogin: true } : {}),
  };
}
