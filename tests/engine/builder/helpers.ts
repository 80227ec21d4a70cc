/** Test fixtures for the builder: an in-memory ImageStore and a host directory as context. */
import type { ImageStore, StoredImage } from '../../../src/engine/daemon/types';
import { loadBuildContext, Vfs } from '../../../src/engine/fs';
import { build } from '../../../src/engine/builder/build';
import { createBuildCache, type BuildCacheState } from '../../../src/engine/builder/cache';
import type { BuildOptions, BuildResult } from '../../../src/engine/builder/types';

export class MemoryStore implements ImageStore {
  readonly images: StoredImage[] = [];
  readonly tags = new Map<string, StoredImage>();
  get(ref: string): StoredImage | undefined {
    return (
      this.tags.get(ref) ?? this.images.find((i) => i.id === ref || i.id.slice(7).startsWith(ref))
    );
  }
  put(image: StoredImage, tags: readonly string[]): void {
    if (!this.images.includes(image)) this.images.push(image);
    for (const t of tags) this.tags.set(t, image);
  }
  list(): readonly StoredImage[] {
    return this.images;
  }
}

export interface Project {
  readonly files: Readonly<Record<string, string | { size: number }>>;
}

export function hostWith(files: Readonly<Record<string, string | { size: number }>>): Vfs {
  const vfs = Vfs.create();
  vfs.mkdir('/work', { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    const abs = `/work/${path}`;
    vfs.mkdir(abs.slice(0, abs.lastIndexOf('/')) || '/', { recursive: true });
    vfs.writeFile(abs, data);
  }
  return vfs;
}

export interface Session {
  readonly store: MemoryStore;
  readonly cache: BuildCacheState;
  build(
    files: Readonly<Record<string, string | { size: number }>>,
    opts?: Partial<BuildOptions>,
  ): BuildResult;
}

export function session(): Session {
  const store = new MemoryStore();
  const cache = createBuildCache();
  return {
    store,
    cache,
    build(files, opts = {}) {
      const host = hostWith(files);
      const context = loadBuildContext(host, '/work', {
        dockerfile: opts.dockerfileName ?? 'Dockerfile',
      });
      return build({
        dockerfile: context.dockerfile?.content ?? '',
        context,
        store,
        cache,
        ...opts,
      });
    },
  };
}

export const NODE_CORRECTED = `FROM node:24 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs24-debian13:nonroot
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
CMD ["dist/server.js"]
`;

export const NODE_FILES = {
  Dockerfile: NODE_CORRECTED,
  'package.json':
    '{"name":"app","scripts":{"build":"tsc --outDir dist"},"dependencies":{"express":"^4.19.2"},"devDependencies":{"typescript":"^5.6.0"}}\n',
  'package-lock.json': '{"lockfileVersion":3}\n',
  'tsconfig.json': '{"compilerOptions":{"outDir":"dist","rootDir":"src"}}\n',
  'src/server.ts': 'import express from "express";\nexpress().listen(3000);\n',
  '.dockerignore': 'node_modules\n.git\n',
} as const;
