import type { DiagramCopy, DiagramGraph, DiagramStage } from './stage-graph';

/**
 * The words behind the stage picture: a one-paragraph summary for its accessible name and
 * the rows of its text-equivalent table. Everything the picture shows is said here too.
 */

export interface StageRow {
  readonly stage: string;
  readonly base: string;
  readonly copiesFrom: string;
  readonly built: string;
}

function copyText(c: DiagramCopy): string {
  return `${c.sources.join(', ')} from ${c.fromLabel}`;
}

export function builtText(stage: DiagramStage): string {
  if (stage.isTarget) return 'Yes, the target';
  return stage.built ? 'Yes' : 'No, skipped';
}

export function stageTableRows(graph: DiagramGraph): StageRow[] {
  return graph.stages.map((s) => ({
    stage: s.label,
    base: s.baseStage !== undefined ? `stage ${s.base}` : s.base,
    copiesFrom: s.copies.length > 0 ? s.copies.map(copyText).join('; ') : 'nothing',
    built: builtText(s),
  }));
}

export function stageSummary(graph: DiagramGraph): string {
  const target = graph.stages[graph.target]!;
  const skipped = graph.stages.filter((s) => !s.built).map((s) => s.label);
  const parts = graph.stages.map((s) => {
    const copies = s.copies.length > 0 ? `, copies ${s.copies.map(copyText).join(' and ')}` : '';
    return `${s.label} starts from ${s.base}${copies}.`;
  });
  const skip =
    skipped.length > 0
      ? ` BuildKit skips ${skipped.join(', ')} for this target.`
      : ' Every stage is built.';
  return (
    `Stage diagram: ${graph.stages.length} stages, target ${target.label}. ` +
    parts.join(' ') +
    skip
  );
}
