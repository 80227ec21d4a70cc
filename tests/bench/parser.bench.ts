/**
 * Parser benchmarks. The 10,000 and 20,000 instruction cases show linear growth: the
 * second median should be about twice the first (tests never assert on time).
 */
import type { BenchCase } from '../../src/lib/bench/bench';
import { parseDockerfileFull } from '../../src/engine/index';

const TYPICAL = `# syntax=docker/dockerfile:1
ARG NODE_VERSION=22
ARG ALPINE_VERSION=3.20

# deps: install production dependencies only
FROM node:\${NODE_VERSION}-alpine\${ALPINE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \\
    npm ci --omit=dev

# build: compile the TypeScript sources
FROM node:\${NODE_VERSION}-alpine\${ALPINE_VERSION} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build && \\
    npm prune --omit=dev

# test: run the unit tests against the build
FROM build AS test
ENV NODE_ENV=test CI=true
RUN npm test

# runtime: distroless, no shell, non-root
FROM gcr.io/distroless/nodejs22-debian12:nonroot AS runtime
LABEL org.opencontainers.image.source="https://example.com/app" \\
      org.opencontainers.image.licenses="MIT"
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps --chown=nonroot:nonroot /app/node_modules ./node_modules
COPY --from=build --chown=nonroot:nonroot /app/dist ./dist
COPY <<EOF /app/config.json
{"port": 8080}
EOF
USER nonroot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["/nodejs/bin/node", "dist/health.js"]
CMD ["dist/server.js"]
`;

function manyInstructions(count: number): string {
  const lines = ['FROM alpine:3.20 AS base'];
  const kinds = [
    (i: number) => `RUN echo step ${i} && ls -la /tmp`,
    (i: number) => `ENV VAR_${i}="value ${i}"`,
    (i: number) => `COPY --chown=app:app src/file${i}.txt /app/data/`,
    (i: number) => `LABEL n${i}=v${i}`,
    (i: number) => `RUN ["sh", "-c", "echo ${i}"]`,
  ];
  for (let i = 1; i < count; i++) lines.push(kinds[i % kinds.length]!(i));
  return lines.join('\n') + '\n';
}

const parse = (text: unknown) => {
  const result = parseDockerfileFull(text as string);
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

export const cases: BenchCase[] = [
  {
    name: 'parse: typical 40-line multi-stage Dockerfile',
    targetMs: 1,
    setup: () => TYPICAL,
    run: parse,
  },
  {
    name: 'parse: 10,000-instruction Dockerfile',
    targetMs: 100,
    setup: () => manyInstructions(10_000),
    run: parse,
  },
  {
    name: 'parse: 20,000-instruction Dockerfile (linear growth: ~2x the 10,000 case)',
    setup: () => manyInstructions(20_000),
    run: parse,
  },
];
