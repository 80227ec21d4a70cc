/**
 * Operating-system base images: debian and ubuntu (os-debian.ts), alpine, busybox, and the
 * scratch keyword. Sizes: ground truth §2.2.
 */
import { versions } from '../versions';
import { defineImage } from '../define';
import type { CatalogImage, ImageFacts } from '../types';
import { alpineRootfs, alpineUsers } from '../rootfs/alpine';
import { file, link, passwd, user, fhsBasics } from '../rootfs/common';
import {
  debianBookworm,
  debianBookwormSlim,
  debianBuster,
  debianBusterSlim,
  debianTrixie,
  debianTrixieSlim,
  ubuntuNoble,
  ubuntuResolute,
} from './os-debian';

export {
  debianBookworm,
  debianBookwormSlim,
  debianBuster,
  debianBusterSlim,
  debianTrixie,
  debianTrixieSlim,
} from './os-debian';

const HUB = 'docker.io/library/';

function alpine(
  full: string,
  tags: string[],
  size: number,
  compressed: number,
  note: string,
  eol?: ImageFacts['eol'],
): CatalogImage {
  const users = alpineUsers();
  return defineImage({
    repository: HUB + 'alpine',
    tags,
    created: '2026-09-17T20:37:20Z',
    history: [
      {
        createdBy: `ADD alpine-minirootfs-${full}-x86_64.tar.gz / # buildkit`,
        size,
        compressed,
        comment: 'buildkit.dockerfile.v0',
      },
      { createdBy: 'CMD ["/bin/sh"]', comment: 'buildkit.dockerfile.v0' },
    ],
    sizeSource: 'estimate',
    sizeNote: note,
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['/bin/sh'],
    },
    facts: {
      os: {
        id: 'alpine',
        version: full,
        prettyName: `Alpine Linux v${full.split('.').slice(0, 2).join('.')}`,
      },
      hasShell: true,
      shellPath: '/bin/sh',
      shellKind: 'ash',
      libc: 'musl',
      muslVersion: '1.2.5', // uncertain: musl release shipped by 3.20–3.24
      packageManager: 'apk',
      runtimes: {},
      tools: ['busybox', 'apk'],
      caCertificates: true,
      users,
      defaultUser: 'root',
      ...(eol ? { eol } : {}),
    },
    rootfs: alpineRootfs(full, users),
  });
}

// 9.15 MB = DISK USAGE 13.1 MB − CONTENT SIZE 3.95 MB for alpine:latest [FS-newimages] (inference);
// compressed: node:22-alpine's first layer, 3,849,738 B [RI-node22alpine-remote].
export const alpineCurrent = alpine(
  versions.alpine.currentFull,
  ['3.24', '3.24.2', '3', 'latest'],
  9_150_000,
  3_849_738,
  'estimate from FS-newimages (13.1MB disk − 3.95MB content); compressed measured RI-node22alpine-remote',
);
// uncertain: 3.20's EOL day (ground truth: "EOL (Apr 2026) (date estimate)").
export const alpine320 = alpine(
  '3.20.8',
  ['3.20', '3.20.8'],
  7_800_000,
  3_600_000,
  'estimate: alpine 3.21.8 7.8 MB / 3.6 MB [RI-alpine321]',
  {
    date: '2026-04-01',
    note: 'Alpine 3.20 is end-of-life (April 2026): no more security fixes.',
  },
);

// 4.45 MB [RI-busybox]; compressed ~2.2 MB (estimate).
export const busybox = defineImage({
  repository: HUB + 'busybox',
  tags: ['latest', versions.busybox.current, '1.38', '1', 'stable', 'glibc'],
  created: '2026-09-09T19:21:00Z',
  history: [
    {
      createdBy: 'ADD busybox.tar.xz / # buildkit',
      size: 4_450_000,
      compressed: 2_200_000,
      comment: 'buildkit.dockerfile.v0',
    },
    { createdBy: 'CMD ["sh"]', comment: 'buildkit.dockerfile.v0' },
  ],
  sizeSource: 'measured',
  sizeNote: 'RI-busybox (uncompressed); compressed estimate',
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Cmd: ['sh'],
  },
  facts: {
    os: {
      id: 'busybox',
      version: versions.busybox.current,
      prettyName: `BusyBox v${versions.busybox.current}`,
    },
    hasShell: true,
    shellPath: '/bin/sh',
    shellKind: 'busybox',
    libc: 'glibc', // the default variant is built against glibc (static); uncertain: which libs ship
    packageManager: 'none',
    runtimes: {},
    tools: ['busybox'],
    caCertificates: false, // uncertain
    users: [user('root', 0, '/root', '/bin/sh'), user('nobody', 65534, '/home', '/bin/false')],
    defaultUser: 'root',
  },
  rootfs: [
    ...fhsBasics(),
    file('/bin/busybox', 1_150_000, { program: 'busybox' }),
    link('/bin/sh', 'busybox'),
    passwd([user('root', 0, '/root', '/bin/sh'), user('nobody', 65534, '/home', '/bin/false')]),
  ],
});

/** `scratch` is no image: FROM-only, zero bytes, and `docker pull scratch` is refused. */
export const scratch = defineImage({
  repository: HUB + 'scratch',
  tags: ['latest'],
  created: '1970-01-01T00:00:00Z',
  history: [],
  sizeSource: 'measured',
  sizeNote: 'empty by definition [DOCS-ms]',
  facts: {
    os: { id: 'none', version: '', prettyName: '' },
    hasShell: false,
    shellPath: null,
    shellKind: null,
    libc: 'none',
    packageManager: 'none',
    runtimes: {},
    tools: [],
    caCertificates: false,
    users: [],
    defaultUser: 'root',
  },
  pullable: false,
});

export const osImages: readonly CatalogImage[] = [
  debianBookworm,
  debianBookwormSlim,
  debianTrixie,
  debianTrixieSlim,
  debianBuster,
  debianBusterSlim,
  ubuntuNoble,
  ubuntuResolute,
  alpineCurrent,
  alpine320,
  busybox,
  scratch,
];
