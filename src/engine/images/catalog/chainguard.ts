/**
 * Chainguard Containers on Wolfi (glibc, apk). The free tier publishes only `latest` and
 * `latest-dev` (ground truth §3.1). uncertain: `static` has no -dev variant that we know of.
 */
import { versions } from '../versions';
import type { CatalogImage } from '../types';
import { hardened, type HardenedSpec } from './hardened';

const WOLFI = { id: 'wolfi', version: '20230201', prettyName: 'Wolfi' } as const;
const CG = 'cgr.dev/chainguard/';
const created = '2026-09-25T04:12:00Z';
const apko = 'apko';

function pair(
  name: string,
  rt: Omit<
    HardenedSpec,
    'repository' | 'tags' | 'dev' | 'os' | 'devPackageManager' | 'created' | 'createdBy'
  >,
  devSize: [number, number],
): CatalogImage[] {
  const base = {
    repository: CG + name,
    os: WOLFI,
    devPackageManager: 'apk' as const,
    created,
    createdBy: apko,
  };
  return [
    hardened({ ...base, ...rt, tags: ['latest'], dev: false }),
    hardened({
      ...base,
      ...rt,
      tags: ['latest-dev'],
      dev: true,
      measured: false,
      size: devSize[0],
      compressed: devSize[1],
      note: 'estimate: runtime image + busybox, apk and build tools',
    }),
  ];
}

export const chainguardImages: readonly CatalogImage[] = [
  hardened({
    repository: CG + 'static',
    libc: 'none',
    tags: ['latest'],
    dev: false,
    os: WOLFI,
    devPackageManager: 'apk',
    runtimes: {},
    entrypoint: null,
    programs: [],
    size: 1_300_000,
    compressed: 700_000,
    note: 'estimate: comparable to distroless/static',
    created,
    createdBy: apko,
  }),
  // 145 MB [IXIMIUZ]. uncertain: ENTRYPOINT /usr/bin/node and no npm in the runtime variant.
  ...pair(
    'node',
    {
      runtimes: { node: versions.node.currentFull, npm: null },
      entrypoint: ['/usr/bin/node'],
      programs: [['/usr/bin/node', 'node', 120_000_000]],
      size: 145_000_000,
      compressed: 48_000_000,
      note: 'IXIMIUZ (uncompressed); compressed estimate',
      measured: true,
    },
    [215_000_000, 70_000_000],
  ),
  // uncertain: the go image is a toolchain image; its runtime tag still lacks a shell.
  ...pair(
    'go',
    {
      runtimes: { go: versions.go.currentFull },
      entrypoint: ['/usr/bin/go'],
      programs: [
        ['/usr/bin/go', 'go', 15_000_000],
        ['/usr/bin/gcc', 'gcc', 1_000_000],
      ],
      size: 520_000_000,
      compressed: 170_000_000,
      note: 'estimate: Go toolchain + gcc/glibc-dev',
      cgoDefault: true,
    },
    [560_000_000, 182_000_000],
  ),
  ...pair(
    'python',
    {
      runtimes: { python: versions.python.currentFull, pip: false },
      entrypoint: ['/usr/bin/python'],
      programs: [['/usr/bin/python', 'python3', 17_000]],
      size: 62_000_000,
      compressed: 22_000_000,
      note: 'estimate: CPython runtime on glibc',
    },
    [135_000_000, 45_000_000],
  ),
];
