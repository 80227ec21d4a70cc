import { describe, expect, it } from 'vitest';
import { DiagramSourceError, diagramGraph } from '../../../src/lib/diagrams/index';
import { versions } from '../../../src/engine/index';

const TARGETS = `FROM golang:%%go.current%% AS base
WORKDIR /src
COPY . .

FROM base AS test
RUN go test ./...

FROM base AS build
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian13:debug-nonroot AS debug
COPY --from=build /out/app /app

FROM gcr.io/distroless/static-debian13:nonroot AS production
COPY --from=build /out/app /app
`;

describe('diagramGraph', () => {
  it('reads stages, bases (tokens replaced) and edges from the engine', () => {
    const g = diagramGraph(TARGETS);
    expect(g.stages.map((s) => [s.label, s.base])).toEqual([
      ['base', `golang:${versions.go.current}`],
      ['test', 'base'],
      ['build', 'base'],
      ['debug', 'gcr.io/distroless/static-debian13:debug-nonroot'],
      ['production', 'gcr.io/distroless/static-debian13:nonroot'],
    ]);
    expect(g.edges).toEqual([
      { from: 0, to: 1, kind: 'from', label: '' },
      { from: 0, to: 2, kind: 'from', label: '' },
      { from: 2, to: 3, kind: 'copy', label: '/out/app' },
      { from: 2, to: 4, kind: 'copy', label: '/out/app' },
    ]);
    expect(g.stages[4]!.copies).toEqual([
      { fromStage: 2, fromLabel: 'build', sources: ['/out/app'], dest: '/app' },
    ]);
  });

  it('marks the stages BuildKit skips for the default (last) target', () => {
    const g = diagramGraph(TARGETS);
    expect(g.target).toBe(4);
    expect(g.stages.map((s) => [s.label, s.built, s.isTarget])).toEqual([
      ['base', true, false],
      ['test', false, false],
      ['build', true, false],
      ['debug', false, false],
      ['production', true, true],
    ]);
  });

  it('marks skipped stages for --target', () => {
    const g = diagramGraph(TARGETS, 'test');
    expect(g.target).toBe(1);
    expect(g.stages.filter((s) => s.built).map((s) => s.label)).toEqual(['base', 'test']);
  });

  it('names unnamed stages by index and keeps image sources out of the edges', () => {
    const g = diagramGraph('FROM alpine\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /n\n');
    expect(g.stages[0]!.label).toBe('stage 0');
    expect(g.stages[0]!.copies).toEqual([
      { fromLabel: 'nginx:latest', sources: ['/etc/nginx/nginx.conf'], dest: '/n' },
    ]);
    expect(g.edges).toEqual([]);
  });

  it('fails the build with the parser message for a broken Dockerfile', () => {
    expect(() => diagramGraph('RUN echo hi\n')).toThrow(DiagramSourceError);
    expect(() => diagramGraph('RUN echo hi\n')).toThrow(
      'StageDiagram: the Dockerfile does not parse: no build stage in current context',
    );
  });

  it('fails the build naming an unknown target', () => {
    expect(() => diagramGraph(TARGETS, 'prod')).toThrow(DiagramSourceError);
    expect(() => diagramGraph(TARGETS, 'prod')).toThrow(
      'StageDiagram: target stage "prod" could not be found',
    );
  });
});
