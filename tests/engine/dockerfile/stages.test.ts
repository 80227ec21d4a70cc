import { describe, expect, it } from 'vitest';
import { DockerfileParseError, parseDockerfileFull } from '../../../src/engine';

const MULTI = `# syntax=docker/dockerfile:1
ARG NODE_VERSION=22
ARG BASE

FROM node:\${NODE_VERSION} AS Build
WORKDIR /app
COPY . .
RUN npm ci && \\
    npm run build

FROM gcr.io/distroless/nodejs22-debian12
COPY --from=build /app/dist /app
CMD ["/app/server.js"]
`;

describe('buildStages', () => {
  it('splits meta ARGs and stages with raw base names and spans', () => {
    const result = parseDockerfileFull(MULTI);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.metaArgs.map((a) => a.args)).toEqual([
      [{ name: 'NODE_VERSION', default: '22' }],
      [{ name: 'BASE' }],
    ]);
    expect(
      result.stages.map((s) => ({
        index: s.index,
        name: s.name,
        baseName: s.baseName,
        kinds: s.instructions.map((i) => i.kind),
        span: [s.startLine, s.endLine],
      })),
    ).toEqual([
      {
        index: 0,
        name: 'build',
        baseName: 'node:${NODE_VERSION}',
        kinds: ['WORKDIR', 'COPY', 'RUN'],
        span: [5, 9],
      },
      {
        index: 1,
        name: undefined,
        baseName: 'gcr.io/distroless/nodejs22-debian12',
        kinds: ['COPY', 'CMD'],
        span: [11, 13],
      },
    ]);
  });

  it('rejects an instruction before the first FROM other than ARG', () => {
    const result = parseDockerfileFull('RUN echo\nFROM a\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(DockerfileParseError);
      // uncertain: BuildKit's text, not in the ground truth file
      expect(result.error.message).toBe('no build stage in current context');
    }
  });
});
