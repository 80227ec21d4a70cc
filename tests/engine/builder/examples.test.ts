import { describe, expect, it } from 'vitest';
import { versions } from '../../../src/engine/images/versions';
import { session } from './helpers';

// RUN steps go through the real simulated programs (the builder's default executor): npm and
// go write what they really write, so the size ratios below are the real images' ratios.

const N = versions.node;
const G = versions.go;
const D = versions.distroless;
const APP = {
  'package.json':
    '{"name":"app","scripts":{"build":"tsc --outDir dist"},"dependencies":{"express":"^4.19.2"},"devDependencies":{"typescript":"^5.6.0"}}\n',
  'package-lock.json': '{"lockfileVersion":3}\n',
  'tsconfig.json': '{"compilerOptions":{"outDir":"dist","rootDir":"src"}}\n',
  'src/index.ts': 'import express from "express";\n',
};

const BRIEF_NODE = `# Stage 1: Build the application
FROM node:${N.obsolete} AS build-stage
WORKDIR /app
COPY . .
RUN npm install
RUN npm run build

# Stage 2: Create the final image with only the runtime
FROM node:${N.obsolete}-slim
WORKDIR /app
COPY --from=build-stage /app/build /app/build
CMD ["node", "build/index.js"]
`;

const CORRECTED_NODE = `FROM node:${N.lts} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:${N.lts} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:${N.lts}-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
`;

const SINGLE_NODE = `FROM node:${N.lts}
WORKDIR /app
COPY . .
RUN npm ci
RUN npm run build
CMD ["node", "dist/server.js"]
`;

// Production dependencies come from their own stage: after `npm ci --omit=dev` there is no
// tsc for `npm run build` (the real executor fails that RUN, as npm would).
const DISTROLESS_NODE = `FROM node:${D.nodejs} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:${D.nodejs} AS build
WORKDIR /app
COPY . .
RUN npm ci
RUN npm run build

FROM gcr.io/distroless/nodejs${D.nodejs}-${D.debianSuffix}:nonroot
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
CMD ["dist/server.js"]
`;

const BRIEF_GO = `FROM golang:${G.obsolete} AS build-stage
WORKDIR /app
COPY . .
RUN go build -o myapp .

FROM gcr.io/distroless/base
COPY --from=build-stage /app/myapp /app/myapp
CMD ["/app/myapp"]
`;

// Lesson 04's corrected example, as written there.
const CORRECTED_GO = `FROM golang:${G.current} AS build
WORKDIR /src
# Add go.sum here too once the module has dependencies
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/myapp .

FROM gcr.io/distroless/static-${D.debianSuffix}:nonroot
COPY --from=build /out/myapp /app/myapp
CMD ["/app/myapp"]
`;

const GO_FILES = {
  'go.mod': 'module example.com/app\n\ngo 1.27\n',
  // net/http makes cgo link glibc dynamically unless CGO_ENABLED=0.
  'main.go':
    'package main\n\nimport (\n\t"log"\n\t"net/http"\n)\n\nfunc main() {\n\tlog.Fatal(http.ListenAndServe(":8080", nil))\n}\n',
};

describe('the brief examples, as written and corrected', () => {
  it('the brief Node example builds (it fails only at run time) without node_modules', () => {
    const pkg =
      '{"name":"app","scripts":{"build":"tsc --outDir build"},"dependencies":{"express":"^4"},"devDependencies":{"typescript":"^5.6.0"}}';
    // The simulated tsc reads outDir from tsconfig.json only (a command-line --outDir is not
    // modelled), so the brief's variant sets it there.
    const r = session().build({
      Dockerfile: BRIEF_NODE,
      ...APP,
      'package.json': pkg,
      'tsconfig.json': '{"compilerOptions":{"outDir":"build","rootDir":"src"}}\n',
    });
    expect(r.failure).toBeUndefined();
    expect(r.image!.rootfs.get('/app/build/index.js')?.type).toBe('file');
    expect(r.image!.rootfs.get('/app/node_modules')).toBeUndefined();
  });

  it('single-stage vs multi-stage vs distroless sizes follow the base images', () => {
    const s = session();
    const single = s.build({ Dockerfile: SINGLE_NODE, ...APP }).image!;
    const multi = s.build({ Dockerfile: CORRECTED_NODE, ...APP }).image!;
    const distroless = s.build({ Dockerfile: DISTROLESS_NODE, ...APP }).image!;
    expect(multi.rootfs.get('/app/node_modules')?.type).toBe('dir');
    expect(single.size / multi.size).toBeGreaterThan(3);
    expect(multi.size).toBeGreaterThan(distroless.size);
    expect(single.config.User).toBe('');
    expect(multi.config.User).toBe('node');
    expect(distroless.config.User).toBe('65532');
  });

  it('Go: golang:1.16 → distroless/base vs golang:current + CGO_ENABLED=0 → static:nonroot', () => {
    const s = session();
    const brief = s.build({ Dockerfile: BRIEF_GO, ...GO_FILES }).image!;
    const fixed = s.build({ Dockerfile: CORRECTED_GO, ...GO_FILES }).image!;
    const briefBin = brief.rootfs.get('/app/myapp');
    const fixedBin = fixed.rootfs.get('/app/myapp');
    expect(briefBin?.type === 'file' && briefBin.kind).toBe('elf-dynamic-glibc');
    expect(fixedBin?.type === 'file' && fixedBin.kind).toBe('elf-static');
    expect(fixed.size).toBeLessThan(brief.size);
    expect(fixed.size).toBeLessThan(15_000_000);
    expect(fixed.history.at(-2)!.createdBy).toBe('COPY /out/myapp /app/myapp # buildkit');
    expect(fixed.history.at(-1)!.createdBy).toBe('CMD ["/app/myapp"]');
    const sizes = fixed.history.reduce((n, h) => n + h.size, 0);
    expect(sizes).toBe(fixed.size);
  });
});
