import { buildStageGraph, parseDockerfileFull, type Instruction } from '../../engine/index';
import { replaceVersionTokens } from '../markdown/version-tokens';

/**
 * The stage picture's data: which stages a Dockerfile has, what each starts from, which
 * stages it copies from, and which ones BuildKit builds for a target. It reads the engine's
 * own stage graph (the one `docker build` uses), so the picture can never disagree with the
 * simulator about what a target needs.
 */

/** An author's mistake in a diagram's Dockerfile or target: fails the site build. */
export class DiagramSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiagramSourceError';
  }
}

export interface DiagramCopy {
  /** Stage index the files come from, or undefined for an image (`COPY --from=nginx`). */
  readonly fromStage?: number;
  /** What `--from` names: the stage label or the image reference. */
  readonly fromLabel: string;
  readonly sources: readonly string[];
  readonly dest: string;
}

export interface DiagramStage {
  readonly index: number;
  /** `AS` name, or `stage N` for an unnamed stage. */
  readonly label: string;
  /** The FROM value after global ARGs are expanded (a stage name, an image or `scratch`). */
  readonly base: string;
  /** Set when the stage starts FROM another stage. */
  readonly baseStage?: number;
  readonly copies: readonly DiagramCopy[];
  readonly isTarget: boolean;
  /** False when BuildKit skips the stage for this target. */
  readonly built: boolean;
}

export interface DiagramEdge {
  readonly from: number;
  readonly to: number;
  readonly kind: 'from' | 'copy';
  /** Copied paths for a copy edge; empty for FROM. */
  readonly label: string;
}

export interface DiagramGraph {
  readonly stages: readonly DiagramStage[];
  readonly edges: readonly DiagramEdge[];
  readonly target: number;
}

export function stageLabel(index: number, name: string | undefined): string {
  return name ?? `stage ${index}`;
}

function copiedPaths(ins: Instruction): { sources: readonly string[]; dest: string } {
  if (ins.kind === 'COPY') return { sources: ins.sources, dest: ins.dest };
  return { sources: [], dest: '' };
}

/** Parses `dockerfile` (version tokens replaced) and works out the stages `target` needs. */
export function diagramGraph(dockerfile: string, target?: string): DiagramGraph {
  const parsed = parseDockerfileFull(replaceVersionTokens(dockerfile));
  if (!parsed.ok) {
    throw new DiagramSourceError(
      `StageDiagram: the Dockerfile does not parse: ${parsed.error.message}`,
    );
  }
  let graph: ReturnType<typeof buildStageGraph>;
  try {
    graph = buildStageGraph(parsed.stages, parsed.metaArgs, target ? { target } : {});
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new DiagramSourceError(`StageDiagram: ${detail}`);
  }
  const built = new Set(graph.order);
  const labels = graph.nodes.map((n) => stageLabel(n.stage.index, n.stage.name));
  const edges: DiagramEdge[] = [];
  const stages = graph.nodes.map((node): DiagramStage => {
    const i = node.stage.index;
    let base: string;
    let baseStage: number | undefined;
    if (node.base.kind === 'stage') {
      baseStage = node.base.index;
      base = labels[baseStage]!;
      edges.push({ from: baseStage, to: i, kind: 'from', label: '' });
    } else if (node.base.kind === 'scratch') base = 'scratch';
    else base = node.base.asWritten;
    const copies: DiagramCopy[] = [];
    for (const [insIndex, source] of node.sources) {
      const ins = node.stage.instructions[insIndex]!;
      // RUN --mount=from=… reads files but copies none into the stage: not drawn.
      if (ins.kind !== 'COPY') continue;
      const { sources, dest } = copiedPaths(ins);
      if (source.kind === 'stage') {
        copies.push({ fromStage: source.index, fromLabel: labels[source.index]!, sources, dest });
        edges.push({ from: source.index, to: i, kind: 'copy', label: sources.join(', ') });
      } else {
        copies.push({ fromLabel: source.asWritten, sources, dest });
      }
    }
    return {
      index: i,
      label: labels[i]!,
      base,
      ...(baseStage !== undefined ? { baseStage } : {}),
      copies,
      isTarget: i === graph.target,
      built: built.has(i),
    };
  });
  return { stages, edges, target: graph.target };
}
