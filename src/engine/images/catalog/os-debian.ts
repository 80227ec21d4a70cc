/**
 * Debian and Ubuntu base images (and the Debian releases other images build on).
 * Sizes: ground truth §2.2. Layer lines: docker-library history as repo-info prints it.
 */
import { versions } from '../versions';
import { defineImage } from '../define';
import type { CatalogImage, ImageFacts, PasswdEntry } from '../types';
import { debianRootfs, debianUsers, type DebianLike } from '../rootfs/debian';
import { user } from '../rootfs/common';

const HUB = 'docker.io/library/';
/** debuerreotype snapshot used by the Sep 2026 images (1789689600 = 2026-09-18). */
const DEBIAN_EPOCH = '@1789689600';
const DEBIAN_CREATED = '2026-09-18T00:00:00Z';

export function debianFacts(os: DebianLike): ImageFacts {
  return {
    os: { id: os.id, version: os.version, prettyName: os.prettyName },
    hasShell: true,
    shellPath: '/bin/sh',
    shellKind: 'dash',
    libc: 'glibc',
    glibcVersion: os.glibc,
    packageManager: 'apt',
    runtimes: {},
    tools: ['bash', 'apt-get', 'dpkg', 'coreutils'],
    caCertificates: os.caCertificates,
    users: os.users,
    defaultUser: 'root',
  };
}

export const BOOKWORM: DebianLike = {
  id: 'debian',
  version: '12',
  codename: 'bookworm',
  prettyName: 'Debian GNU/Linux 12 (bookworm)',
  glibc: '2.36',
  users: debianUsers(),
  caCertificates: false,
};
export const TRIXIE: DebianLike = {
  ...BOOKWORM,
  version: '13',
  codename: 'trixie',
  prettyName: 'Debian GNU/Linux 13 (trixie)',
  glibc: '2.41',
};
/** node:14 and golang:1.16 were built on Debian 10. uncertain: glibc 2.28 from Debian's archive. */
export const BUSTER: DebianLike = {
  ...BOOKWORM,
  version: '10',
  codename: 'buster',
  prettyName: 'Debian GNU/Linux 10 (buster)',
  glibc: '2.28',
};

function debian(
  os: DebianLike,
  slim: boolean,
  tags: string[],
  size: number,
  compressed: number,
  measured: string | null,
): CatalogImage {
  return defineImage({
    repository: HUB + 'debian',
    tags,
    created: DEBIAN_CREATED,
    history: [
      {
        createdBy: `# debian.sh --arch 'amd64' out/ '${os.codename}'${slim ? ' --slim' : ''} '${DEBIAN_EPOCH}'`,
        size,
        compressed,
      },
    ],
    sizeSource: measured ? 'measured' : 'estimate',
    sizeNote: measured ?? 'estimate: scaled from the bookworm figures of the same variant',
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['bash'],
    },
    facts: debianFacts(os),
    rootfs: debianRootfs(os),
  });
}

// uncertain: debian:bookworm's own uncompressed size is not in the ground truth; 117 MB is
// the size of node:22's base layer as Docker reports debian:bookworm in 2025–26.
// Its compressed size is measured: node:22's first layer, 48,503,440 B [RI-node22-remote].
export const debianBookworm = debian(
  BOOKWORM,
  false,
  ['bookworm', '12'],
  117_000_000,
  48_503_440,
  null,
);
// 74.83 MB [RI-debslim]; 28,238,443 B is node:22-slim's first layer [RI-node22slim-remote].
export const debianBookwormSlim = debian(
  { ...BOOKWORM },
  true,
  ['bookworm-slim', '12-slim'],
  74_830_000,
  28_238_443,
  'RI-debslim (uncompressed), RI-node22slim-remote (compressed layer)',
);
export const debianTrixie = debian(
  TRIXIE,
  false,
  ['trixie', '13', 'stable', 'latest'],
  120_000_000,
  49_300_000,
  null,
);
export const debianTrixieSlim = debian(
  TRIXIE,
  true,
  ['trixie-slim', '13-slim', 'stable-slim'],
  78_600_000,
  29_800_000,
  null,
);
export const debianBuster = debian(BUSTER, false, ['buster', '10'], 114_000_000, 50_400_000, null);
export const debianBusterSlim = debian(
  BUSTER,
  true,
  ['buster-slim', '10-slim'],
  69_200_000,
  27_100_000,
  null,
);

const UBUNTU_USERS: PasswdEntry[] = [
  ...debianUsers(),
  user('ubuntu', 1000, '/home/ubuntu', '/bin/bash'),
];

function ubuntu(
  version: string,
  codename: string,
  glibc: string,
  tags: string[],
  size: number,
  compressed: number,
  measured: string | null,
): CatalogImage {
  const os: DebianLike = {
    id: 'ubuntu',
    version,
    codename,
    prettyName: `Ubuntu ${version} LTS`,
    glibc,
    users: UBUNTU_USERS,
    caCertificates: false,
  };
  return defineImage({
    repository: HUB + 'ubuntu',
    tags,
    created: '2026-09-10T06:12:00Z',
    history: [
      { createdBy: 'ARG RELEASE' },
      { createdBy: 'ARG LAUNCHPAD_BUILD_ARCH' },
      { createdBy: 'LABEL org.opencontainers.image.ref.name=ubuntu' },
      { createdBy: `LABEL org.opencontainers.image.version=${version}` },
      { createdBy: `ADD file:ubuntu-${codename}-oci-amd64-root.tar.gz in / `, size, compressed },
      { createdBy: 'CMD ["/bin/bash"]' },
    ],
    sizeSource: measured ? 'measured' : 'estimate',
    sizeNote: measured ?? 'estimate: ubuntu:24.04 figures plus a few MB',
    config: {
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['/bin/bash'],
      Labels: {
        'org.opencontainers.image.ref.name': 'ubuntu',
        'org.opencontainers.image.version': version,
      },
    },
    facts: debianFacts(os),
    rootfs: debianRootfs(os),
  });
}

// 78.16 MB [RI-ubuntu2404]; compressed ~29–31.7 MB, 29.7 MB chosen (estimate).
export const ubuntuNoble = ubuntu(
  versions.ubuntu.lts,
  versions.ubuntu.ltsCodename,
  '2.39',
  ['24.04', 'noble'],
  78_160_000,
  29_700_000,
  'RI-ubuntu2404 (uncompressed); compressed estimate',
);
// uncertain: that `latest` already points at 26.04 (eclipse-temurin is on resolute [RI-temurin21jdk]).
export const ubuntuResolute = ubuntu(
  versions.ubuntu.latest,
  versions.ubuntu.latestCodename,
  '2.42',
  ['26.04', 'resolute', 'latest'],
  80_400_000,
  30_500_000,
  null,
);
