import { describe, expect, it } from 'vitest';
import {
  diagramGraph,
  LAYOUT,
  layoutStages,
  stageRows,
  stageSummary,
  stageTableRows,
  statusText,
} from '../../../src/lib/diagrams/index';

const NODE = `FROM node:24 AS deps
RUN npm ci --omit=dev
FROM node:24 AS build
RUN npm run build
FROM node:24-slim
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/build ./build
`;
const THREE = `FROM ubuntu AS base
FROM base AS stage1
FROM base AS stage2
`;

describe('stage rows', () => {
  it('puts a stage one row below the deepest stage it needs', () => {
    expect(stageRows(diagramGraph(NODE))).toEqual([0, 0, 1]);
    expect(stageRows(diagramGraph(THREE))).toEqual([0, 1, 1]);
  });
});

describe('layoutStages', () => {
  const layout = layoutStages(diagramGraph(NODE));

  it('keeps every box and label inside the viewBox', () => {
    expect(layout.width).toBe(340);
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
    for (const e of layout.edges) {
      if (!e.label) continue;
      expect(e.label.x - e.label.w / 2).toBeGreaterThanOrEqual(0);
      expect(e.label.x + e.label.w / 2).toBeLessThanOrEqual(layout.width);
    }
  });

  it('sits two stages side by side and centres a lone stage at its widest', () => {
    const [deps, build, final] = layout.boxes;
    expect(deps!.y).toBe(build!.y);
    expect(deps!.x + deps!.w).toBeLessThan(build!.x);
    expect(final!.w).toBe(LAYOUT.maxBoxWidth);
    expect(final!.x).toBe((340 - LAYOUT.maxBoxWidth) / 2);
  });

  it('runs arrows from the bottom of the source to the top of the stage', () => {
    const [deps, , final] = layout.boxes;
    const first = layout.edges[0]!;
    expect(first.y1).toBe(deps!.y + deps!.h);
    expect(first.y2).toBe(final!.y);
  });

  it('gives each copied path its own row between the stages', () => {
    const labels = layout.edges.map((e) => e.label!);
    expect(labels.map((l) => l.text)).toEqual(['/app/node_modules', '/app/build']);
    expect(labels[1]!.y - labels[0]!.y).toBe(LAYOUT.labelRow);
  });

  it('writes the lines of each box: name, base, status', () => {
    expect(layout.boxes[2]!.lines).toEqual([
      { text: 'stage 2', kind: 'title' },
      { text: 'FROM node:24-slim', kind: 'base' },
      { text: 'target: built', kind: 'status' },
    ]);
  });

  it('wraps long image names to the box width', () => {
    const g = diagramGraph(
      'FROM golang:1.27 AS build\nFROM gcr.io/distroless/static-debian13:debug-nonroot\nCOPY --from=build /out/app /app\n',
    );
    const lines = layoutStages(g).boxes[1]!.lines.filter((l) => l.kind === 'base');
    expect(lines.map((l) => l.text)).toEqual([
      'FROM gcr.io/distroless/',
      'static-debian13:debug-',
      'nonroot',
    ]);
  });

  it('marks the arrows into skipped stages', () => {
    const skipped = layoutStages(diagramGraph(THREE, 'stage2'));
    expect(skipped.edges.map((e) => e.skipped)).toEqual([true, false]);
    expect(statusText(skipped.boxes[1]!.stage)).toBe('skipped');
  });
});

describe('text equivalent', () => {
  it('tables every stage, what it copies and whether the target builds it', () => {
    expect(stageTableRows(diagramGraph(THREE, 'stage2'))).toEqual([
      { stage: 'base', base: 'ubuntu', copiesFrom: 'nothing', built: 'Yes' },
      { stage: 'stage1', base: 'stage base', copiesFrom: 'nothing', built: 'No, skipped' },
      { stage: 'stage2', base: 'stage base', copiesFrom: 'nothing', built: 'Yes, the target' },
    ]);
  });

  it('summarises the picture in one paragraph', () => {
    expect(stageSummary(diagramGraph(NODE))).toBe(
      'Stage diagram: 3 stages, target stage 2. deps starts from node:24. build starts from node:24. ' +
        'stage 2 starts from node:24-slim, copies /app/node_modules from deps and /app/build from build. ' +
        'Every stage is built.',
    );
    expect(stageSummary(diagramGraph(THREE, 'stage2'))).toContain(
      'BuildKit skips stage1 for this target.',
    );
  });
});
