import { SnapshotFormatError, SnapshotVersionError } from './errors';
import { createLayer, type Layer } from './layer';
import { WHITEOUT, type LayerEntry } from './node';
import { Snapshot } from './snapshot';

/**
 * Plain-JSON forms for saving a session (localStorage) and restoring it. Versioned so a later
 * engine can refuse, clearly, what it cannot read instead of rebuilding a wrong filesystem.
 */
export const FS_JSON_VERSION = 1;

export interface LayerBodyJson {
  /** [path, entry] pairs in path order; entries are the node objects as they are. */
  readonly entries: readonly (readonly [string, LayerEntry])[];
  readonly opaque: readonly string[];
  readonly createdBy?: string;
}

export interface LayerJson extends LayerBodyJson {
  readonly version: 1;
}

export interface SnapshotJson {
  readonly version: 1;
  readonly layers: readonly LayerBodyJson[];
}

function body(layer: Layer): LayerBodyJson {
  return {
    entries: [...layer.entries],
    opaque: [...layer.opaque].sort(),
    ...(layer.createdBy === undefined ? {} : { createdBy: layer.createdBy }),
  };
}

export function layerToJson(layer: Layer): LayerJson {
  return { version: FS_JSON_VERSION, ...body(layer) };
}

export function snapshotToJson(snapshot: Snapshot): SnapshotJson {
  return { version: FS_JSON_VERSION, layers: snapshot.layers.map(body) };
}

function checkVersion(json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null) throw new SnapshotFormatError('not an object');
  const record = json as Record<string, unknown>;
  if (record.version !== FS_JSON_VERSION) throw new SnapshotVersionError(record.version);
  return record;
}

const NODE_TYPES = new Set(['file', 'dir', 'symlink']);

function entryFromJson(path: unknown, raw: unknown): [string, LayerEntry] {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new SnapshotFormatError(`bad path ${JSON.stringify(path)}`);
  }
  const e = raw as Record<string, unknown> | null;
  if (typeof e !== 'object' || e === null) throw new SnapshotFormatError(`bad entry at ${path}`);
  if (e.type === 'whiteout') return [path, WHITEOUT];
  const numeric = ['mode', 'uid', 'gid', 'mtime'].every((k) => typeof e[k] === 'number');
  const shaped =
    NODE_TYPES.has(e.type as string) &&
    numeric &&
    (e.type !== 'file' || typeof e.size === 'number') &&
    (e.type !== 'symlink' || typeof e.target === 'string');
  if (!shaped) throw new SnapshotFormatError(`bad entry at ${path}`);
  return [path, Object.freeze({ ...e }) as unknown as LayerEntry];
}

function layerFromBody(record: Record<string, unknown>): Layer {
  if (!Array.isArray(record.entries)) throw new SnapshotFormatError('layer without entries');
  const entries = record.entries.map((pair: unknown) => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new SnapshotFormatError('bad entry pair');
    return entryFromJson(pair[0], pair[1]);
  });
  const opaque = Array.isArray(record.opaque) ? record.opaque.map(String) : [];
  const createdBy = typeof record.createdBy === 'string' ? record.createdBy : undefined;
  return createLayer(entries, { opaque, ...(createdBy === undefined ? {} : { createdBy }) });
}

export function layerFromJson(json: unknown): Layer {
  return layerFromBody(checkVersion(json));
}

export function snapshotFromJson(json: unknown): Snapshot {
  const record = checkVersion(json);
  if (!Array.isArray(record.layers)) throw new SnapshotFormatError('snapshot without layers');
  return Snapshot.of(
    record.layers.map((l: unknown) => {
      if (typeof l !== 'object' || l === null) throw new SnapshotFormatError('bad layer');
      return layerFromBody(l as Record<string, unknown>);
    }),
  );
}
