import type { DiagramEdge, DiagramGraph, DiagramStage } from './stage-graph';
import { truncate, wrapText } from './wrap';

/**
 * Top-to-bottom layered layout for the stage picture. Stages sit in rows by dependency depth
 * (a stage is one row below the deepest stage it starts from or copies from), in file order
 * within a row. The viewBox is narrow on purpose: drawn at 100% of a 360 px phone's column
 * (about 328 px), 13-unit text still renders at 12.5 px; on wide screens the SVG keeps its
 * natural width instead of growing.
 */
export const LAYOUT = {
  width: 340,
  pad: 4,
  gapX: 12,
  /** Vertical space between rows before any arrow labels. */
  gapY: 30,
  labelRow: 20,
  lineHeight: 18,
  boxPadX: 8,
  boxPadY: 8,
  fontSize: 13,
  /** Conservative average advance of 13 px monospace text, in viewBox units. */
  charWidth: 8,
  /** Widest a box gets, so a lone stage does not stretch across the picture. */
  maxBoxWidth: 220,
} as const;

export type LineKind = 'title' | 'base' | 'status';

export interface BoxLine {
  readonly text: string;
  readonly kind: LineKind;
}

export interface LaidBox {
  readonly stage: DiagramStage;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly lines: readonly BoxLine[];
}

export interface LaidEdge {
  readonly edge: DiagramEdge;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Set for copy edges: where the copied path is written. */
  readonly label?: {
    readonly x: number;
    readonly y: number;
    readonly w: number;
    readonly text: string;
  };
  /** True when the edge leads into a stage BuildKit skips. */
  readonly skipped: boolean;
}

export interface StageLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly LaidBox[];
  readonly edges: readonly LaidEdge[];
}

/** Row of each stage: 0 for stages that need no other stage, else 1 + the deepest need. */
export function stageRows(graph: DiagramGraph): number[] {
  const rows: number[] = [];
  for (const s of graph.stages) {
    const needs = graph.edges.filter((e) => e.to === s.index).map((e) => rows[e.from]! + 1);
    rows.push(Math.max(0, ...needs));
  }
  return rows;
}

export function statusText(stage: DiagramStage): string {
  if (stage.isTarget) return 'target: built';
  return stage.built ? 'built' : 'skipped';
}

function boxLines(stage: DiagramStage, w: number): BoxLine[] {
  const chars = (w - 2 * LAYOUT.boxPadX) / LAYOUT.charWidth;
  return [
    ...wrapText(stage.label, chars).map((text) => ({ text, kind: 'title' as const })),
    ...wrapText(`FROM ${stage.base}`, chars).map((text) => ({ text, kind: 'base' as const })),
    { text: statusText(stage), kind: 'status' },
  ];
}

/** `k`-th of `n` anchors spread along a box edge. */
function spread(box: LaidBox, k: number, n: number): number {
  return box.x + (box.w * (k + 1)) / (n + 1);
}

export function layoutStages(graph: DiagramGraph): StageLayout {
  const { width, pad, gapX, gapY, labelRow, lineHeight, boxPadY, charWidth } = LAYOUT;
  const rows = stageRows(graph);
  const rowCount = Math.max(...rows) + 1;
  const boxes: LaidBox[] = [];
  const rowLabels = (r: number) =>
    graph.edges.filter((e) => e.kind === 'copy' && rows[e.to] === r).length;
  let y = pad;
  for (let r = 0; r < rowCount; r++) {
    if (r > 0) y += gapY + labelRow * rowLabels(r);
    const inRow = graph.stages.filter((s) => rows[s.index] === r);
    const fit = (width - 2 * pad - gapX * (inRow.length - 1)) / inRow.length;
    const w = Math.min(fit, LAYOUT.maxBoxWidth);
    const left = (width - (w * inRow.length + gapX * (inRow.length - 1))) / 2;
    const laid = inRow.map((stage, k) => {
      const lines = boxLines(stage, w);
      return { stage, x: left + k * (w + gapX), y, w, lines };
    });
    const h = Math.max(...laid.map((b) => b.lines.length)) * lineHeight + 2 * boxPadY;
    for (const b of laid) boxes[b.stage.index] = { ...b, h };
    y += h;
  }
  const height = y + pad;

  const out = (i: number) => graph.edges.filter((e) => e.from === i);
  const into = (i: number) =>
    graph.edges
      .filter((e) => e.to === i)
      .sort((a, b) => boxes[a.from]!.x - boxes[b.from]!.x || a.from - b.from);
  const labelSlot = new Map<DiagramEdge, number>();
  for (let r = 1; r < rowCount; r++) {
    const entering = graph.edges
      .filter((e) => e.kind === 'copy' && rows[e.to] === r)
      .sort((a, b) => boxes[a.to]!.x - boxes[b.to]!.x || boxes[a.from]!.x - boxes[b.from]!.x);
    entering.forEach((e, j) => labelSlot.set(e, j));
  }

  const edges = graph.edges.map((edge): LaidEdge => {
    const from = boxes[edge.from]!;
    const to = boxes[edge.to]!;
    const outs = out(edge.from).sort((a, b) => boxes[a.to]!.x - boxes[b.to]!.x);
    const ins = into(edge.to);
    const x1 = spread(from, outs.indexOf(edge), outs.length);
    const y1 = from.y + from.h;
    const x2 = spread(to, ins.indexOf(edge), ins.length);
    const y2 = to.y;
    const skipped = !to.stage.built;
    const slot = labelSlot.get(edge);
    if (slot === undefined) return { edge, x1, y1, x2, y2, skipped };
    const text = truncate(edge.label, (width - 2 * pad - 8) / charWidth);
    const w = text.length * charWidth + 8;
    const gapTop = to.y - gapY - labelRow * rowLabels(rows[edge.to]!);
    const ly = gapTop + gapY / 2 + labelRow * slot + labelRow / 2;
    const t = (ly - y1) / (y2 - y1);
    const lx = Math.min(Math.max(x1 + (x2 - x1) * t, pad + w / 2), width - pad - w / 2);
    return { edge, x1, y1, x2, y2, skipped, label: { x: lx, y: ly, w, text } };
  });
  return { width, height, boxes, edges };
}
