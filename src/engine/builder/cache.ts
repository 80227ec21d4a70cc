/**
 * The build cache as plain JSON-able data the daemon holds and snapshots. A step is CACHED
 * when its key was recorded before; keys chain from the parent layer's key, so the first
 * changed step or file invalidates everything after it in that stage. Only RUN results are
 * stored (COPY and WORKDIR are recomputed from their inputs, which the key already covers).
 */
import { layerFromJson, layerToJson, type Layer, type LayerJson } from '../fs';

export interface CachedStep {
  /** RFC 3339 time the step first ran: a fully cached rebuild gives the same image id. */
  readonly created: string;
  readonly durationMs: number;
  /** RUN steps only: the layer the step produced. */
  readonly layer?: LayerJson;
  readonly output?: readonly string[];
}

export interface BuildCacheState {
  readonly version: 1;
  readonly steps: Record<string, CachedStep>;
  /** Base image ids already pulled into the builder's content store. */
  readonly pulled: string[];
}

export function createBuildCache(): BuildCacheState {
  return { version: 1, steps: {}, pulled: [] };
}

// Decoded layers, so a cached rebuild does not parse the same JSON again.
const decoded = new WeakMap<LayerJson, Layer>();

export function cachedLayer(step: CachedStep): Layer | undefined {
  if (!step.layer) return undefined;
  let layer = decoded.get(step.layer);
  if (!layer) {
    layer = layerFromJson(step.layer);
    decoded.set(step.layer, layer);
  }
  return layer;
}

export function encodeLayer(layer: Layer): LayerJson {
  const json = layerToJson(layer);
  decoded.set(json, layer);
  return json;
}

/** `docker builder prune`: forget every step. */
export function pruneBuildCache(state: BuildCacheState): void {
  for (const k of Object.keys(state.steps)) delete state.steps[k];
  state.pulled.length = 0;
}
