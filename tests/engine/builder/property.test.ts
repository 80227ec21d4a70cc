import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEngineError } from '../../../src/engine/errors';
import { renderPlain, renderTty } from '../../../src/engine/format/progress';
import { session } from './helpers';

const LINES = [
  'FROM alpine:3.24 AS build',
  'FROM node:24',
  'FROM scratch',
  'FROM build AS test',
  'FROM gcr.io/distroless/static-debian13:nonroot',
  'FROM nosuch:1',
  'FROM $BASE',
  'ARG BASE=alpine:3.24',
  'ARG V',
  'ENV A=1 B="two words"',
  'WORKDIR /app',
  'WORKDIR rel/dir',
  'COPY . .',
  'COPY missing.txt /x',
  'COPY --from=build /app /app',
  'COPY --from=0 / /copy',
  'COPY --from=7 /a /b',
  'COPY --chown=nobody:nogroup a.txt /a',
  'COPY --chmod=999 a.txt /a',
  'RUN echo hi && mkdir -p /data',
  'RUN exit 2',
  'RUN ["/bin/echo", "exec"]',
  'RUN ${V:?need V}',
  'USER 1000',
  'CMD ["node", "x.js"]',
  'CMD node x.js',
  'ENTRYPOINT ["/app"]',
  'EXPOSE 3000 8080/udp',
  'LABEL a=b',
  'VOLUME /data',
  'ONBUILD RUN echo later',
  'HEALTHCHECK CMD true',
  'SHELL ["/bin/bash", "-c"]',
  'STOPSIGNAL SIGTERM',
  'RUNN typo',
  '',
];

describe('build never throws and always ends', () => {
  it('arbitrary Dockerfiles and contexts give a result or a Docker-like error', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { maxLength: 12 }),
        fc.dictionary(
          fc.constantFrom('a.txt', 'b/c.txt', '.dockerignore', 'package.json'),
          fc.string({ maxLength: 20 }),
        ),
        fc.option(fc.constantFrom('build', 'test', 'nope'), { nil: undefined }),
        (lines, files, target) => {
          const s = session();
          let r;
          try {
            r = s.build(
              { ...files, Dockerfile: lines.join('\n') + '\n' },
              target ? { target } : {},
            );
          } catch (e) {
            // Only loading the context (a bad .dockerignore) may throw; the command reports it.
            expect((e as Error).name).toBe('DockerignoreError');
            return;
          }
          if (r.failure) expect(isEngineError(r.failure.error)).toBe(true);
          else expect(r.image).toBeDefined();
          expect(typeof renderTty(r.events, 80)).toBe('string');
          expect(typeof renderPlain(r.events)).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a 10,000-file context and a 1 GB file build', () => {
    const files: Record<string, string | { size: number }> = {
      Dockerfile: 'FROM alpine:3.24\nCOPY . /src\n',
      'big.bin': { size: 1_000_000_000 },
    };
    for (let i = 0; i < 10_000; i++) files[`src/d${i % 100}/f${i}.txt`] = `file ${i}\n`;
    const r = session().build(files);
    expect(r.failure).toBeUndefined();
    expect(r.image!.rootfs.get('/src/src/d7/f9907.txt')?.type).toBe('file');
    expect(r.image!.size).toBeGreaterThan(1_000_000_000);
    expect(renderTty(r.events, 80)).toContain(' => => transferring context: 1.00GB ');
  });
});
