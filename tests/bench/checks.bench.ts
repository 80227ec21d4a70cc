import { parseDockerfileFull } from '../../src/engine';
import { runChecks } from '../../src/engine/dockerfile/checks';
import type { BenchCase } from '../../src/lib/bench/bench';

const TYPICAL = `# syntax=docker/dockerfile:1
ARG NODE_VERSION=22
ARG ALPINE_VERSION=3.20

FROM node:\${NODE_VERSION}-alpine\${ALPINE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:\${NODE_VERSION}-alpine\${ALPINE_VERSION} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ARG BUILD_ENV=production
ENV NODE_ENV=\${BUILD_ENV}
RUN npm run build

FROM build AS test
RUN npm test

FROM gcr.io/distroless/nodejs22-debian12:debug AS debug
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["dist/server.js"]

FROM gcr.io/distroless/nodejs22-debian12:nonroot AS production
LABEL org.opencontainers.image.source="https://example.com/app"
WORKDIR /app
ENV PORT=8080
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
EXPOSE 8080
USER 65532
HEALTHCHECK NONE
STOPSIGNAL SIGTERM
CMD ["dist/server.js"]
`;

function huge(): string {
  const lines = ['ARG BASE=alpine:3.20'];
  for (let s = 0; s < 100; s++) {
    lines.push(`FROM \${BASE} AS stage${s}`, 'WORKDIR /app');
    for (let i = 0; i < 97; i++) {
      lines.push(
        i % 3 === 0
          ? `ENV VAR_${i}=value_${i}`
          : i % 3 === 1
            ? `COPY file${i}.txt /app/$VAR_${i - 1}/`
            : `RUN echo ${i}`,
      );
    }
    lines.push(s > 0 ? `COPY --from=stage${s - 1} /app /prev` : 'CMD ["true"]');
  }
  return lines.join('\n') + '\n';
}

const parseAndCheck = (text: unknown) => {
  const parsed = parseDockerfileFull(text as string);
  if (!parsed.ok) throw parsed.error;
  return runChecks(parsed, { mode: 'check' });
};

export const cases: BenchCase[] = [
  {
    name: 'parse + checks: typical 40-line multi-stage Dockerfile',
    targetMs: 1,
    setup: () => TYPICAL,
    run: parseAndCheck,
  },
  {
    name: 'parse + checks: 10,000-instruction Dockerfile',
    targetMs: 100,
    setup: huge,
    run: parseAndCheck,
  },
];
