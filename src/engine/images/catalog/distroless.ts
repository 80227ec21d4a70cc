/**
 * gcr.io/distroless (snapshot 2026-08-21, ground truth §1.2–1.5). Every image has the tags
 * latest, nonroot, debug, debug-nonroot; unsuffixed names resolve to -debian13. Images removed
 * upstream (nodejs20, the debian12 language images, python3-debian12) are deliberately absent.
 * Sizes are estimates except where §1.5 gives a figure; built reproducibly at epoch 0.
 */
import { versions } from '../versions';
import { defineImage } from '../define';
import type { CatalogImage, ImageFacts, RootfsEntry, Runtimes } from '../types';
import { file, link } from '../rootfs/common';
import {
  busyboxDebugRootfs,
  ccRootfs,
  distrolessUsers,
  glibcRootfs,
  sslRootfs,
  staticRootfs,
} from '../rootfs/distroless';

type Debian = '12' | '13';
const EPOCH = '1970-01-01T00:00:00Z';
const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const SSL = 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt';

interface Family {
  readonly name: string;
  readonly debians: readonly Debian[];
  /** Uncompressed / compressed bytes this family adds on top of static (estimates). */
  readonly adds: readonly [number, number];
  readonly libc: boolean;
  readonly entrypoint: readonly string[];
  readonly env?: readonly string[];
  readonly runtimes?: Runtimes;
  readonly rootfs: (d: Debian) => RootfsEntry[];
  /** Extra bytes of the debug variant besides busybox (java debug ships the JDK). */
  readonly debugExtra?: readonly [number, number];
}

const libc = (d: Debian) => glibcRootfs(d);
const base = (d: Debian) => [...glibcRootfs(d), ...sslRootfs(d)];
const cc = (d: Debian) => [...base(d), ...ccRootfs()];
const N = versions.node;

function nodejs(major: string, full: string, bytes: number): Family {
  return {
    name: `nodejs${major}`,
    debians: ['13'],
    // cc (~23.5 MB over static) + the node binary; nodejs22-debian12 was 141 MB [IXIMIUZ].
    adds: [23_500_000 + bytes, 9_400_000 + Math.round(bytes / 2.9)],
    libc: true,
    entrypoint: ['/nodejs/bin/node'],
    runtimes: { node: full, npm: null },
    rootfs: (d) => [
      ...cc(d),
      file('/nodejs/bin/node', bytes, { program: 'node' }),
      file('/nodejs/LICENSE', 120_000),
    ],
  };
}

function java(v: string, jre: number): Family {
  return {
    name: `java${v}`,
    debians: ['13'],
    adds: [32_400_000 + jre, 12_200_000 + Math.round(jre / 2.8)], // estimate: 190–240 MB [DL-769]
    libc: true,
    entrypoint: ['/usr/bin/java', '-jar'],
    env: ['LANG=C.UTF-8', `JAVA_VERSION=${v}`],
    runtimes: { java: v, javaKind: 'jre' },
    rootfs: (d) => [
      ...base(d),
      file(`/usr/lib/jvm/temurin${v}_jre_amd64/bin/java`, 12_000, { program: 'java' }),
      link('/usr/bin/java', `/usr/lib/jvm/temurin${v}_jre_amd64/bin/java`),
    ],
    debugExtra: [110_000_000, 40_000_000], // uncertain: the JDK's extra weight in :debug
  };
}

const FAMILIES: readonly Family[] = [
  {
    name: 'static',
    debians: ['12', '13'],
    adds: [0, 0],
    libc: false,
    entrypoint: [],
    rootfs: () => [],
  },
  {
    name: 'base-nossl',
    debians: ['12', '13'],
    adds: [13_000_000, 5_400_000],
    libc: true,
    entrypoint: [],
    rootfs: libc,
  },
  {
    name: 'base',
    debians: ['12', '13'],
    adds: [20_400_000, 8_200_000],
    libc: true,
    entrypoint: [],
    rootfs: base,
  },
  {
    name: 'cc',
    debians: ['12', '13'],
    adds: [23_500_000, 9_400_000],
    libc: true,
    entrypoint: [],
    rootfs: cc,
  },
  nodejs(N.previousLts, N.previousLtsFull, 116_000_000),
  nodejs(N.lts, N.ltsFull, 122_000_000),
  nodejs(N.current, N.currentFull, 125_000_000),
  {
    name: 'python3',
    debians: ['13'],
    adds: [53_500_000, 19_800_000], // estimate: cc + CPython 3.13 minimal/stdlib (50–60 MB total)
    libc: true,
    entrypoint: ['/usr/bin/python3.13'],
    env: ['LANG=C.UTF-8'],
    runtimes: { python: versions.python.distrolessFull, pip: false },
    rootfs: (d) => [
      ...cc(d),
      file('/usr/bin/python3.13', 6_800_000, { program: 'python3' }),
      link('/usr/bin/python3', 'python3.13'),
      link('/usr/bin/python', 'python3'),
    ],
  },
  {
    name: 'java-base',
    debians: ['13'],
    adds: [32_400_000, 12_200_000], // estimate: base + fonts/freetype/lcms/jpeg/png
    libc: true,
    entrypoint: [],
    env: ['LANG=C.UTF-8'],
    rootfs: base,
  },
  java('17', 190_000_000),
  java('21', 197_000_000),
  java('25', 205_000_000),
];

/** static: "around 2 MiB" [DL-README]; 2.43 MB for static:nonroot in 2023 [KEPTN-1087]. */
const STATIC_SIZE: Record<Debian, readonly [number, number]> = {
  '12': [2_000_000, 980_000],
  '13': [2_090_000, 1_010_000],
};
const BUSYBOX: readonly [number, number] = [1_100_000, 600_000];

const TAGS = ['latest', 'nonroot', 'debug', 'debug-nonroot'] as const;

function variant(f: Family, d: Debian, tag: (typeof TAGS)[number]): CatalogImage {
  const debug = tag.startsWith('debug');
  const nonroot = tag.endsWith('nonroot');
  const [s0, c0] = STATIC_SIZE[d];
  const layers = [
    { createdBy: `bazel build //static:static_root_amd64_debian${d}`, size: s0, compressed: c0 },
    ...(f.adds[0]
      ? [
          {
            createdBy: `bazel build //${f.name.replace(/\d+$/, '')}:${f.name}_root_amd64_debian${d}`,
            size: f.adds[0] - (d === '12' ? 2_000_000 : 0), // debian13 base adds libzstd/zlib (§1.5)
            compressed: f.adds[1],
          },
        ]
      : []),
    ...(debug
      ? [
          {
            createdBy: 'bazel build //busybox:busybox_amd64',
            size: BUSYBOX[0] + (f.debugExtra?.[0] ?? 0),
            compressed: BUSYBOX[1] + (f.debugExtra?.[1] ?? 0),
          },
        ]
      : []),
  ];
  const shellFacts: Pick<ImageFacts, 'hasShell' | 'shellPath' | 'shellKind'> = debug
    ? { hasShell: true, shellPath: '/busybox/sh', shellKind: 'busybox' }
    : { hasShell: false, shellPath: null, shellKind: null };
  const name = `gcr.io/distroless/${f.name}`;
  return defineImage({
    repository: `${name}-debian${d}`,
    tags: [tag],
    aliases: d === '13' ? [{ repository: name, tags: [tag] }] : [],
    created: EPOCH,
    // uncertain: the exact created_by texts rules_oci writes; `docker history` shows CREATED N/A.
    history: layers,
    sizeSource: 'estimate',
    sizeNote:
      'estimate from ground truth §1.5 ranges (static ~2 MiB [DL-README]; nodejs ~141 MB [IXIMIUZ])',
    config: {
      Env: [debug ? `${PATH}:/busybox` : PATH, SSL, ...(f.env ?? [])],
      User: nonroot ? '65532' : '0',
      WorkingDir: nonroot ? '/home/nonroot' : '/',
      Entrypoint: debug && f.entrypoint.length === 0 ? ['/busybox/sh'] : [...f.entrypoint],
      Cmd: null,
    },
    facts: {
      os: { id: 'debian', version: d, prettyName: 'Distroless' },
      ...shellFacts,
      libc: f.libc ? 'glibc' : 'none',
      ...(f.libc ? { glibcVersion: d === '13' ? '2.41' : '2.36' } : {}),
      packageManager: 'none',
      runtimes: {
        ...f.runtimes,
        ...(debug && f.runtimes?.javaKind ? { javaKind: 'jdk' as const } : {}),
      },
      tools: debug ? ['busybox'] : [],
      caCertificates: true,
      users: distrolessUsers(),
      defaultUser: nonroot ? '65532' : '0',
      ...(d === '12'
        ? {
            eol: {
              date: '2026-09-30',
              note: 'Distroless Debian 12 images are end-of-life (Sept 2026, SUPPORT_POLICY); use -debian13.',
            },
          }
        : {}),
    },
    rootfs: [...staticRootfs(d), ...f.rootfs(d), ...(debug ? busyboxDebugRootfs() : [])],
  });
}

export const distrolessImages: readonly CatalogImage[] = FAMILIES.flatMap((f) =>
  f.debians.flatMap((d) => TAGS.map((t) => variant(f, d, t))),
);

/** Names the catalog must NOT resolve: removed upstream (ground truth §1.2 timeline). */
export const REMOVED_DISTROLESS = [
  'gcr.io/distroless/nodejs20-debian12',
  'gcr.io/distroless/nodejs20-debian13',
  'gcr.io/distroless/nodejs22-debian12',
  'gcr.io/distroless/nodejs24-debian12',
  'gcr.io/distroless/nodejs18-debian12',
  'gcr.io/distroless/python3-debian12',
  'gcr.io/distroless/java17-debian12',
  'gcr.io/distroless/java21-debian12',
  'gcr.io/distroless/java-base-debian12',
  'gcr.io/distroless/static-debian11',
  'gcr.io/distroless/base-debian11',
] as const;
