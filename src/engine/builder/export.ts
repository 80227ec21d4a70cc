/**
 * `exporting to image`: the final stage becomes a StoredImage, and the export vertex shows
 * the lines of the profile's image store (§2.4): classic → `writing image` + `naming to
 * <ref>` (no `:latest` added); containerd → manifest, config, attestation, manifest list,
 * `naming to <ref:latest>` and `unpacking to …`.
 */
import type { StoredImage } from '../daemon/types';
import { simulatedDurationMs } from '../format/clock';
import { normalizeReference, parseReference, referenceString } from '../images/reference';
import { digestOf, type Digest } from '../util/digest';
import type { PlannedStatus, PlannedVertex } from './schedule';
import type { StageState } from './state';
import type { BuildProfile } from './types';

export interface Exported {
  readonly image: StoredImage;
  readonly vertex: PlannedVertex;
  readonly configDigest: Digest;
  readonly manifestListDigest?: Digest;
  readonly names: readonly string[];
}

const COMPRESSION = 0.4;

export function exportImage(
  state: StageState,
  profile: BuildProfile,
  tags: readonly string[],
  deps: readonly string[],
  /** False when every step came from the cache: nothing new to export. */
  fresh = true,
): Exported {
  const config = state.config.build();
  const history = state.history;
  const id = digestOf(
    JSON.stringify({
      config,
      history: history.map((h) => [h.created, h.createdBy, h.emptyLayer, h.size, h.digest ?? '']),
      layers: state.diffIds,
      base: state.baseSize,
    }),
  );
  const manifest = digestOf(`manifest:${id}`);
  const attestation = digestOf(`attestation:${id}`);
  const index = digestOf(`index:${id}`);
  const containerd = profile === 'docker29';
  const stored = tags.map((t) => normalizeReference(t));
  const names = containerd ? stored : tags.map((t) => referenceString(parseReference(t)));
  const image: StoredImage = {
    id,
    ...(containerd ? { digest: index } : {}),
    repoTags: stored,
    repoDigests: [],
    created: history.length ? history[history.length - 1]!.created : state.created,
    size: state.baseSize + state.newBytes,
    compressedSize: state.baseCompressed + Math.round(state.newBytes * COMPRESSION),
    history,
    config,
    facts: state.facts,
    rootfs: state.snapshot,
    origin: 'build',
  };
  const seed = id;
  const newBytes = fresh ? state.newBytes : 0;
  const layersMs = simulatedDurationMs(`layers:${seed}`, 30, 120) + newBytes / 150_000;
  const quick = (k: string) => simulatedDurationMs(`${k}:${seed}`, 11, 40);
  const statuses: PlannedStatus[] = [
    { text: 'exporting layers', offsetMs: 0, durationMs: layersMs, announce: true },
  ];
  let t = layersMs;
  const add = (text: string, durationMs: number, announce = false): void => {
    statuses.push({ text, offsetMs: t, durationMs, ...(announce ? { announce } : {}) });
    t += durationMs;
  };
  if (containerd) {
    add(`exporting manifest ${manifest}`, quick('m'));
    add(`exporting config ${id}`, quick('c'));
    add(`exporting attestation manifest ${attestation}`, quick('a'));
    add(`exporting manifest list ${index}`, quick('l'));
    for (const n of names) {
      add(`naming to ${n}`, 0, true);
      add(`unpacking to ${n}`, simulatedDurationMs(`u:${seed}`, 40, 90) + newBytes / 400_000, true);
    }
  } else {
    add(`writing image ${id}`, 0);
    for (const n of names) add(`naming to ${n}`, 0);
  }
  const vertex: PlannedVertex = {
    key: 'export',
    name: 'exporting to image',
    deps,
    durationMs: Math.round(t + 2),
    statuses,
  };
  return {
    image,
    vertex,
    configDigest: id,
    ...(containerd ? { manifestListDigest: index } : {}),
    names,
  };
}
