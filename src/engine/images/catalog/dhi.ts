/**
 * Docker Hardened Images (dhi.io, free since 2025-12-17; `docker login dhi.io` first). Runtime
 * variants: nonroot, no shell, no package manager; `-dev` variants for build stages (ground
 * truth §3.2). uncertain: tag spelling (`24` / `24-dev`), Debian 13 base, all sizes.
 */
import { versions } from '../versions';
import type { CatalogImage } from '../types';
import { hardened, type HardenedSpec } from './hardened';

const DEB13 = {
  id: 'debian',
  version: '13',
  prettyName: 'Docker Hardened Images (Debian GNU/Linux 13)',
} as const;
const created = '2026-09-24T10:00:00Z';

type Rt = Omit<
  HardenedSpec,
  | 'repository'
  | 'tags'
  | 'dev'
  | 'os'
  | 'devPackageManager'
  | 'created'
  | 'createdBy'
  | 'requiresLogin'
>;

function pair(name: string, tag: string, rt: Rt, devSize: [number, number]): CatalogImage[] {
  const base = {
    repository: `dhi.io/${name}`,
    os: DEB13,
    devPackageManager: 'apt' as const,
    created,
    createdBy: 'dhi build',
    requiresLogin: true,
  };
  return [
    hardened({ ...base, ...rt, tags: [tag], dev: false }),
    hardened({
      ...base,
      ...rt,
      tags: [`${tag}-dev`],
      dev: true,
      size: devSize[0],
      compressed: devSize[1],
      note: 'estimate: runtime + shell, apt and build tools',
    }),
  ];
}

const N = versions.node;
export const dhiImages: readonly CatalogImage[] = [
  ...pair(
    'node',
    N.lts,
    {
      runtimes: { node: N.ltsFull, npm: null },
      entrypoint: ['node'],
      programs: [['/usr/local/bin/node', 'node', 122_000_000]],
      size: 150_000_000,
      compressed: 50_000_000,
      note: 'estimate: comparable to distroless nodejs24',
    },
    [240_000_000, 80_000_000],
  ),
  ...pair(
    'node',
    N.previousLts,
    {
      runtimes: { node: N.previousLtsFull, npm: null },
      entrypoint: ['node'],
      programs: [['/usr/local/bin/node', 'node', 116_000_000]],
      size: 144_000_000,
      compressed: 48_000_000,
      note: 'estimate: comparable to distroless nodejs22',
    },
    [232_000_000, 78_000_000],
  ),
  ...pair(
    'python',
    versions.python.current,
    {
      runtimes: { python: versions.python.currentFull, pip: false },
      entrypoint: ['python3'],
      programs: [['/usr/local/bin/python3', 'python3', 17_000]],
      size: 65_000_000,
      compressed: 23_000_000,
      note: 'estimate: comparable to distroless python3',
    },
    [140_000_000, 48_000_000],
  ),
  ...pair(
    'golang',
    versions.go.current,
    {
      runtimes: { go: versions.go.currentFull },
      entrypoint: null,
      programs: [['/usr/local/go/bin/go', 'go', 15_000_000]],
      size: 300_000_000,
      compressed: 100_000_000,
      note: 'estimate: Go toolchain without a C compiler',
      cgoDefault: false,
    },
    [640_000_000, 210_000_000],
  ),
  // uncertain: dhi.io/static's tag; `latest` chosen.
  hardened({
    repository: 'dhi.io/static',
    libc: 'none',
    tags: ['latest'],
    dev: false,
    os: DEB13,
    devPackageManager: 'apt',
    runtimes: {},
    entrypoint: null,
    programs: [],
    size: 2_200_000,
    compressed: 1_000_000,
    note: 'estimate: comparable to distroless/static',
    created,
    createdBy: 'dhi build',
    requiresLogin: true,
  }),
];
