/**
 * Data for the playground's pictures, reusing the lesson diagrams' pure modules: the stage
 * graph of the Dockerfile being edited, the layers of the last image built, and the sizes of
 * every image built in this session. The island only turns these into SVG and tables.
 */
import { imageSize, type Daemon } from '../../engine/index';
import {
  barPercent,
  diagramGraph,
  layoutStages,
  stageSummary,
  stageTableRows,
  type DiagramGraph,
  type StageLayout,
  type StageRow,
} from '../diagrams/index';

/** A stored image, as the daemon lists it (the engine exports the store, not the record). */
export type StoredImage = ReturnType<Daemon['images']['list']>[number];

export interface StagePicture {
  readonly graph: DiagramGraph;
  readonly layout: StageLayout;
  readonly summary: string;
  readonly rows: readonly StageRow[];
  readonly targetLabel: string;
}

/** The stage picture, or the reason there is none (the Dockerfile does not parse yet). */
export function stagePicture(
  dockerfile: string,
  target?: string,
): { ok: true; picture: StagePicture } | { ok: false; reason: string } {
  try {
    // diagramGraph also replaces lesson tokens (%%node.lts%%); an unknown one lands in catch.
    const graph = diagramGraph(dockerfile, target || undefined);
    const layout = layoutStages(graph);
    return {
      ok: true,
      picture: {
        graph,
        layout,
        summary: stageSummary(graph),
        rows: stageTableRows(graph),
        targetLabel: graph.stages[graph.target]!.label,
      },
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: message.replace(/^StageDiagram: /, '') };
  }
}

/** Stage names a learner can pick as `--target` (named stages only, as BuildKit accepts). */
export function stageNames(graph: DiagramGraph): string[] {
  return graph.stages.map((s) => s.label).filter((l) => !/^stage \d+$/.test(l));
}

export interface LayerRow {
  readonly createdBy: string;
  readonly size: number;
  readonly sizeText: string;
  readonly empty: boolean;
  /** Bar length, percent of the largest layer. */
  readonly percent: number;
}

/** An image's layers, newest first as `docker history` prints them. */
export function layerRows(image: StoredImage): LayerRow[] {
  const max = Math.max(0, ...image.history.map((h) => h.size));
  return [...image.history].reverse().map((h) => ({
    createdBy: h.createdBy,
    size: h.size,
    sizeText: imageSize(h.size),
    empty: h.emptyLayer,
    percent: barPercent(h.size, max),
  }));
}

export interface ImageSizeRow {
  readonly name: string;
  readonly size: number;
  readonly sizeText: string;
  readonly percent: number;
}

/** `docker.io/library/app:latest` → `app:latest`, as `docker images` shows it. */
export function shortTag(tag: string): string {
  return tag.replace(/^docker\.io\/(library\/)?/, '');
}

/** Images this session built, largest first, with bars relative to the largest. */
export function builtImageRows(images: readonly StoredImage[]): ImageSizeRow[] {
  const built = images.filter((i) => i.origin === 'build' && i.parent === undefined);
  const max = Math.max(0, ...built.map((i) => i.size));
  return built
    .map((i) => ({
      name:
        i.repoTags.length > 0
          ? i.repoTags.map(shortTag).join(', ')
          : `<none> (${i.id.slice(7, 19)})`,
      size: i.size,
      sizeText: imageSize(i.size),
      percent: barPercent(i.size, max),
    }))
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
}

const fingerprint = (i: StoredImage) => `${i.id} ${[...i.repoTags].sort().join(' ')}`;

/**
 * The image a command just built: a built image that is new, or whose tags moved to it
 * (a rebuild from cache gives the same id a tag again). Undefined when nothing changed.
 */
export function changedImage(
  before: readonly StoredImage[],
  after: readonly StoredImage[],
): StoredImage | undefined {
  const seen = new Set(before.map(fingerprint));
  const built = after.filter((i) => i.origin === 'build' && i.parent === undefined);
  return built.filter((i) => !seen.has(fingerprint(i))).at(-1);
}
