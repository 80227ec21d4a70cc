import { describe, expect, it } from 'vitest';
import { renderPlain, renderTty } from '../../../src/engine/format/progress';
import { formatFailure } from '../../../src/engine/builder/report';
import {
  BuildImageNotFoundError,
  BuildRunFailedError,
  BuildTargetNotFoundError,
} from '../../../src/engine/builder/errors';
import { NODE_FILES, session } from './helpers';

const names = (events: ReturnType<ReturnType<typeof session>['build']>['events']) =>
  events.flatMap((e) => (e.type === 'vertex' ? [e.name] : []));

describe('build: the corrected Node multi-stage example', () => {
  it('builds, stores the tagged image and prints the containerd export lines (docker29)', () => {
    const s = session();
    const r = s.build(NODE_FILES, { tags: ['myapp'] });
    expect(r.failure).toBeUndefined();
    expect(s.store.get('docker.io/library/myapp:latest')).toBe(r.image);
    const frame = renderTty(r.events, 80);
    const lines = frame.split('\n').filter(Boolean);
    for (const l of lines) expect(l.length).toBe(79);
    expect(lines[0]).toMatch(/^\[\+\] Building \d+\.\ds \(16\/16\) FINISHED +docker:default$/);
    expect(
      lines
        .slice(-8)
        .map((l) => l.replace(/sha256:[0-9a-f]+/, 'sha256:…').replace(/ +\d+\.\ds$/, '')),
    ).toEqual([
      ' => exporting to image',
      ' => => exporting layers',
      ' => => exporting manifest sha256:…',
      ' => => exporting config sha256:…',
      ' => => exporting attestation manifest sha256:…',
      ' => => exporting manifest list sha256:…',
      ' => => naming to docker.io/library/myapp:latest',
      ' => => unpacking to docker.io/library/myapp:latest',
    ]);
    expect(frame).toContain(` => => exporting config ${r.image!.id.slice(0, 41)}`);
    expect(frame).toContain(' => [build 1/6] FROM docker.io/library/node:24@sha256:');
    expect(frame).toContain(' => [stage-1 3/4] COPY --from=build /app/dist ./dist ');
    expect(frame).toMatchSnapshot();
    expect(renderPlain(r.events)).toMatchSnapshot();
  });

  it('prints the classic export lines for docker28 and no :latest', () => {
    const s = session();
    const r = s.build(NODE_FILES, { tags: ['myapp'], profile: 'docker28' });
    const frame = renderTty(r.events, 80);
    expect(frame).toContain(` => => writing image ${r.image!.id.slice(0, 48)}`);
    expect(frame).toContain(
      ' => => naming to docker.io/library/myapp                                   0.0s',
    );
    expect(frame).not.toContain('unpacking');
    expect(r.image!.repoTags).toEqual(['docker.io/library/myapp:latest']);
    expect(frame).toMatchSnapshot();
  });

  it('is deterministic: same inputs, same events, ids and sizes', () => {
    const a = session().build(NODE_FILES, { tags: ['myapp'] });
    const b = session().build(NODE_FILES, { tags: ['myapp'] });
    expect(b.events).toEqual(a.events);
    expect(b.image!.id).toBe(a.image!.id);
    expect(b.image!.size).toBe(a.image!.size);
  });

  it('caches every step on a rebuild, and a changed file invalidates from its COPY on', () => {
    const s = session();
    const first = s.build(NODE_FILES, { tags: ['myapp'] });
    const again = s.build(NODE_FILES, { tags: ['myapp'] });
    const frame = renderTty(again.events, 80);
    expect(frame).toContain(' => CACHED [build 4/6] RUN npm ci ');
    expect(frame).toContain(
      ' => CACHED [stage-1 4/4] COPY --from=build /app/node_modules ./node_modul  0.0s',
    );
    expect(frame).not.toContain('=> => sha256:'); // base images are pulled once
    expect(again.image!.id).toBe(first.image!.id);
    const changed = s.build({ ...NODE_FILES, 'src/server.ts': 'changed\n' }, { tags: ['myapp'] });
    const f2 = renderTty(changed.events, 80);
    expect(f2).toContain(' => CACHED [build 4/6] RUN npm ci ');
    expect(f2).toContain(' => [build 5/6] COPY . . ');
    expect(f2).not.toContain('CACHED [build 6/6]');
    const nocache = s.build(NODE_FILES, { noCache: true });
    expect(renderTty(nocache.events, 80)).not.toContain('CACHED');
  });

  it('honours .dockerignore: ignored files never reach the image', () => {
    const s = session();
    const files = {
      Dockerfile: 'FROM alpine:3.24\nCOPY . /src\n',
      '.dockerignore': 'secret.txt\n',
      'secret.txt': 'hunter2\n',
      'app.txt': 'hi\n',
    };
    const r = s.build(files);
    expect(r.image!.rootfs.get('/src/app.txt')?.type).toBe('file');
    expect(r.image!.rootfs.get('/src/secret.txt')).toBeUndefined();
  });
});

describe('build: stage graph', () => {
  const SKIP = {
    Dockerfile:
      'FROM alpine:3.24 AS base\nRUN echo base\n\nFROM base AS test\nRUN echo test\n\nFROM base AS prod\nRUN echo prod\n',
  };

  it('skips a stage the target does not need, and names a stage built FROM a stage without FROM', () => {
    const r = session().build(SKIP);
    const n = names(r.events);
    expect(n).toContain('[base 2/2] RUN echo base');
    expect(n).toContain('[prod 1/1] RUN echo prod');
    expect(n.some((x) => x.includes('test'))).toBe(false);
  });

  it('--target builds only what the target needs', () => {
    const r = session().build(SKIP, { target: 'test' });
    const n = names(r.events);
    expect(n).toContain('[test 1/1] RUN echo test');
    expect(n.some((x) => x.includes('prod'))).toBe(false);
  });

  it('an unknown --target fails with BuildKit text and a suggestion', () => {
    const r = session().build(SKIP, { target: 'prd' });
    expect(r.failure!.error).toBeInstanceOf(BuildTargetNotFoundError);
    expect(r.failure!.error.message).toBe(
      'target stage "prd" could not be found (did you mean prod?)',
    );
    expect(r.failure!.range).toBeUndefined();
  });

  it('the legacy builder builds every stage up to the target', () => {
    const s = session();
    const r = s.build(SKIP, { builder: 'legacy', target: 'prod', tags: ['app'] });
    const out = r.legacyOutput!.join('\n');
    expect(out).toContain('Step 4/6 : RUN echo test');
    expect(out).toMatch(
      /^Sending build context to Docker daemon {2}\S+\nStep 1\/6 : FROM alpine:3\.24 AS base\n ---> [0-9a-f]{12}\nStep 2\/6 : RUN echo base\n ---> Running in [0-9a-f]{12}\nbase\nRemoving intermediate container [0-9a-f]{12}\n ---> [0-9a-f]{12}\n/,
    );
    expect(out).toMatch(/Successfully built [0-9a-f]{12}\nSuccessfully tagged app:latest$/);
    // The stages before the target stay behind as untagged images.
    expect(s.store.images.filter((i) => i.repoTags.length === 0).length).toBe(2);
  });

  it('COPY --from an external image loads its metadata and copies from it', () => {
    const r = session().build({
      Dockerfile:
        'FROM alpine:3.24\nCOPY --from=gcr.io/distroless/static-debian13 /etc/passwd /distroless-passwd\n',
    });
    expect(names(r.events)).toContain(
      '[internal] load metadata for gcr.io/distroless/static-debian13:latest',
    );
    expect(r.image!.rootfs.get('/distroless-passwd')?.type).toBe('file');
  });

  it('COPY --from a missing stage is resolved as an image and fails like a pull', () => {
    const files = {
      Dockerfile:
        'FROM alpine:3.24 AS build\nRUN echo hi\n\nFROM alpine:3.24\nCOPY --from=buidl /a /a\n',
    };
    const r = session().build(files);
    expect(r.failure!.error).toBeInstanceOf(BuildImageNotFoundError);
    expect(r.failure!.error.message).toBe(
      'buidl: failed to resolve source metadata for docker.io/library/buidl:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed (did you mean build?)',
    );
    expect(renderTty(r.events, 80)).toContain(
      ' => ERROR [internal] load metadata for docker.io/library/buidl:latest',
    );
    expect(
      formatFailure(r.failure!, {
        events: r.events,
        mode: 'tty',
        dockerfileName: 'Dockerfile',
        dockerfile: files.Dockerfile,
      }),
    ).toBe(
      `------
 > [internal] load metadata for docker.io/library/buidl:latest:
------
Dockerfile:5
--------------------
   3 |     
   4 |     FROM alpine:3.24
   5 | >>> COPY --from=buidl /a /a
   6 |     
--------------------
ERROR: failed to build: failed to solve: ${r.failure!.error.message}
`,
    );
  });
});

describe('build: failures', () => {
  it('a failing RUN shows ERROR, its log, the excerpt and the process error', () => {
    const files = {
      Dockerfile: 'FROM node:24\nWORKDIR /app\nRUN echo building && exit 3\nCMD ["node"]\n',
    };
    const r = session().build(files);
    expect(r.failure!.error).toBeInstanceOf(BuildRunFailedError);
    expect(r.failure!.error.message).toBe(
      'process "/bin/sh -c echo building && exit 3" did not complete successfully: exit code: 3',
    );
    expect(renderTty(r.events, 80)).toContain(' => ERROR [3/3] RUN echo building && exit 3 ');
    const text = formatFailure(r.failure!, {
      events: r.events,
      mode: 'tty',
      dockerfileName: 'Dockerfile',
      dockerfile: files.Dockerfile,
    });
    expect(text).toMatch(
      /^------\n > \[3\/3\] RUN echo building && exit 3:\n\d\.\d{3} building\n------\nDockerfile:3\n/,
    );
    expect(text).toContain('   3 | >>> RUN echo building && exit 3\n');
  });

  it('a shell-form RUN in a distroless stage fails: there is no /bin/sh', () => {
    const files = {
      Dockerfile:
        'FROM golang:1.27 AS build\nRUN echo ok\n\nFROM gcr.io/distroless/static-debian13:nonroot\nRUN mkdir /data\n',
    };
    const r = session().build(files);
    expect(r.failure!.error).toBeInstanceOf(BuildRunFailedError);
    expect(r.failure!.error.message).toBe(
      'process "/bin/sh -c mkdir /data" did not complete successfully: exit code: 1',
    );
    const text = formatFailure(r.failure!, {
      events: r.events,
      mode: 'tty',
      dockerfileName: 'Dockerfile',
      dockerfile: files.Dockerfile,
    });
    expect(text).toContain(
      'runc run failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory',
    );
  });

  it('an unknown base image fails in load metadata', () => {
    const r = session().build({ Dockerfile: 'FROM nosuchimage:1\n' });
    expect(r.failure!.error.message).toBe(
      'nosuchimage:1: failed to resolve source metadata for docker.io/library/nosuchimage:1: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
  });
});
