import { describe, expect, it } from 'vitest';
import { STAGECRAFT_RULE_IDS, type CheckOptions } from '../../../../src/engine/dockerfile/checks';
import { brief, check } from './helpers';

interface Case {
  readonly rule: string;
  readonly bad: string;
  readonly message: string;
  readonly line: number;
  readonly good: string;
  readonly options?: CheckOptions;
}

const cases: Case[] = [
  {
    rule: 'stagecraft/shell-form-on-distroless',
    bad: 'FROM golang:1.25 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nCMD /app\n',
    message:
      'CMD uses the shell form, but the final stage is based on gcr.io/distroless/static-debian12:nonroot, which has no /bin/sh. Docker runs shell-form CMD as /bin/sh -c "…", so the container fails with "no such file or directory". Use the exec form, e.g. CMD ["/app/server"], or do this work in a build stage.',
    line: 5,
    good: 'FROM golang:1.25 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nCMD ["/app"]\n',
  },
  {
    rule: 'stagecraft/final-stage-runs-as-root',
    bad: 'FROM node:22-alpine\nUSER root\nCMD ["node", "index.js"]\n',
    message:
      'USER root makes the container run as root. If the application is compromised, the attacker is root in the container. Switch to an unprivileged user, e.g. USER 65532 (distroless :nonroot) or a user you create in a build stage.',
    line: 2,
    good: 'FROM gcr.io/distroless/nodejs22-debian12:nonroot\nCMD ["index.js"]\n',
  },
  {
    rule: 'stagecraft/unpinned-base-image',
    bad: 'FROM node\nCMD ["node"]\n',
    message:
      'FROM node has no tag, so Docker uses :latest, which moves to a new release without warning: the same Dockerfile can build a different image tomorrow. Pin a version tag (e.g. node:<version>) or a digest (node@sha256:…).',
    line: 1,
    good: 'FROM node:22 AS build\nFROM build\nFROM scratch\nFROM node@sha256:0000000000000000000000000000000000000000000000000000000000000000\n',
  },
  {
    rule: 'stagecraft/copy-from-unknown-stage',
    bad: 'FROM golang:1.25 AS build\nFROM alpine:3.20\nCOPY --from=buidl /app /app\n',
    message:
      'COPY --from=buidl matches no stage (did you mean build?). BuildKit then treats it as an image reference and tries to pull docker.io/library/buidl:latest, which fails or copies from an unrelated image. Name a stage defined earlier with FROM … AS build.',
    line: 3,
    good: 'FROM golang:1.25 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /nginx.conf\n',
  },
  {
    rule: 'stagecraft/unused-stage',
    bad: 'FROM alpine:3.20 AS test\nRUN echo test\nFROM alpine:3.20 AS prod\nCMD ["true"]\n',
    message:
      'Stage test is not used by the stage being built (prod): nothing copies from it or builds FROM it, so BuildKit skips it. Build it on purpose with docker build --target test, copy from it, or delete it.',
    line: 1,
    good: 'FROM alpine:3.20 AS test\nRUN echo test\nFROM alpine:3.20 AS prod\nCOPY --from=test /x /x\n',
  },
  {
    rule: 'stagecraft/copy-all-before-install',
    bad: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\n',
    message:
      'COPY . copies the whole build context before "npm ci" (line 4). Any edit to any file invalidates this layer\'s cache, so the dependencies are downloaded again on every build. Copy only the manifests first (e.g. COPY package.json package-lock.json ./), install, then COPY the rest.',
    line: 3,
    good: 'FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
  },
  {
    rule: 'stagecraft/npm-install-with-lockfile',
    bad: 'FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install --omit=dev\n',
    message:
      'package-lock.json is copied, but this RUN uses "npm install", which may update the lockfile and install different versions than you tested. "npm ci" installs exactly what the lockfile says and fails if it is out of date, which is what a reproducible image needs. Use RUN npm ci --omit=dev.',
    line: 4,
    good: 'FROM node:22\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nRUN npm install -g pm2\n',
  },
  {
    rule: 'stagecraft/apt-get-no-cleanup',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    message:
      'apt-get install here runs without --no-install-recommends and without rm -rf /var/lib/apt/lists/*. Recommended packages and the downloaded package lists stay in this layer, and deleting them in a later RUN does not shrink the image, because earlier layers are kept. In the same RUN use apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*.',
    line: 2,
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  },
  {
    rule: 'stagecraft/secret-in-arg-or-env',
    bad: 'FROM alpine:3.20\nARG GITHUB_TOKEN\n',
    message:
      'ARG GITHUB_TOKEN looks like a secret. ARG and ENV values are saved in the image (docker history and docker inspect show them), and ENV values are visible in every container. Pass it with RUN --mount=type=secret,id=github_token and docker build --secret id=github_token,… instead.',
    line: 2,
    good: 'FROM alpine:3.20\nARG PUBLIC_KEY\nARG NODE_VERSION\n',
  },
];

describe('Stagecraft rules', () => {
  it('covers every rule', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual([...STAGECRAFT_RULE_IDS].sort());
  });

  describe.each(cases)('$rule', (c) => {
    it('triggers', () => {
      const found = brief(check(c.bad, c.options), 'stagecraft').filter((f) => f.rule === c.rule);
      expect(found).toEqual([{ rule: c.rule, message: c.message, line: c.line }]);
    });
    it('does not trigger', () => {
      expect(
        brief(check(c.good, c.options), 'stagecraft').filter((f) => f.rule === c.rule),
      ).toEqual([]);
    });
  });
});

describe('Stagecraft rule details', () => {
  it('uses the injected image facts before the heuristic', () => {
    const text = 'FROM example/tiny:1\nCMD run\n';
    const noShell = { imageFacts: () => ({ hasShell: false, defaultUser: 'app' }) };
    expect(brief(check(text, noShell), 'stagecraft').map((f) => f.rule)).toEqual([
      'stagecraft/shell-form-on-distroless',
    ]);
    expect(
      brief(
        check(text, { imageFacts: () => ({ hasShell: true, defaultUser: 'app' }) }),
        'stagecraft',
      ),
    ).toEqual([]);
  });

  it('treats scratch as shell-less and root', () => {
    const rules = brief(check('FROM scratch\nCOPY app /app\nENTRYPOINT /app\n'), 'stagecraft').map(
      (f) => f.rule,
    );
    expect(rules).toEqual([
      'stagecraft/final-stage-runs-as-root',
      'stagecraft/shell-form-on-distroless',
    ]);
  });

  it('names a later stage as a COPY --from error', () => {
    const r = brief(
      check(
        'FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b\nCOPY --from=a /x /x\n',
      ),
      'stagecraft',
    );
    expect(r.find((f) => f.rule === 'stagecraft/copy-from-unknown-stage')).toEqual({
      rule: 'stagecraft/copy-from-unknown-stage',
      line: 2,
      message:
        'COPY --from=b names a stage that is defined at or after this one. A stage can only copy from stages above it; BuildKit stops with "cannot copy from stage". Move the b stage above this one.',
    });
  });

  it('is not affected by # check=skip=all', () => {
    const r = check('# check=skip=all\nFROM node\n');
    expect(r.buildkit).toEqual([]);
    expect(r.stagecraft.map((f) => f.rule)).toContain('stagecraft/unpinned-base-image');
  });
});
