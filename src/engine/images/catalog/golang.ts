/**
 * The official `golang` images: the two supported releases (versions.go) on Debian trixie
 * and Alpine, plus the end-of-life 1.16 of the original course notes. Debian variants ship
 * gcc, so cgo is on by default; Alpine ones have no C compiler, so Go turns cgo off.
 */
import { versions } from '../versions';
import { defineImage } from '../define';
import type { CatalogImage, EolInfo } from '../types';
import { dir, file, link } from '../rootfs/common';
import { alpineCurrent, debianBuster, debianTrixie } from './os-images';
import { BUILDPACK_CURL, BUILDPACK_SCM } from './node-layers';

const BC = 'buildkit.dockerfile.v0';
const G = versions.go;
const GCC =
  'RUN set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tg++ \t\tgcc \t\tlibc6-dev \t\tmake \t\tpkg-config \t; \trm -rf /var/lib/apt/lists/* # buildkit';

const env = (full: string) => [
  'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  `GOLANG_VERSION=${full}`,
  'GOTOOLCHAIN=local',
  'GOPATH=/go',
];

const goRootfs = () => [
  file('/usr/local/go/bin/go', 15_000_000, { program: 'go' }),
  file('/usr/local/go/bin/gofmt', 3_500_000, { program: 'gofmt' }),
  dir('/go', 0o1777),
  dir('/go/bin', 0o1777),
  dir('/go/src', 0o1777),
];

interface Spec {
  readonly full: string;
  readonly tags: string[];
  readonly size: number;
  readonly compressed: number;
  readonly note: string;
  readonly measured?: boolean;
  readonly eol?: EolInfo;
}

function goTail(full: string, goBytes: number) {
  return [
    { createdBy: `ENV GOLANG_VERSION=${full}`, comment: BC },
    { createdBy: 'ENV GOTOOLCHAIN=local', comment: BC },
    { createdBy: 'ENV GOPATH=/go', comment: BC },
    {
      createdBy:
        'ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      comment: BC,
    },
    {
      createdBy: 'COPY /target/ / # buildkit',
      size: goBytes,
      compressed: goBytes / 3.4,
      comment: BC,
    },
    {
      createdBy: 'RUN mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit',
      size: 0,
      compressed: 126,
      comment: BC,
    },
    { createdBy: 'WORKDIR /go', comment: BC },
  ];
}

function debianGo(s: Spec, parent = debianTrixie): CatalogImage {
  return defineImage({
    repository: 'docker.io/library/golang',
    tags: s.tags,
    parent,
    created: '2026-09-03T17:40:00Z',
    history: [
      { createdBy: BUILDPACK_CURL, size: 60e6, compressed: 24e6 },
      { createdBy: BUILDPACK_SCM, size: 190e6, compressed: 64e6 },
      { createdBy: GCC, size: 240e6, compressed: 80e6, comment: BC },
      ...goTail(s.full, 240e6),
    ],
    size: s.size,
    compressedSize: s.compressed,
    sizeSource: s.measured ? 'measured' : 'estimate',
    sizeNote: s.note,
    config: { Env: env(s.full), WorkingDir: '/go' },
    facts: {
      runtimes: { go: s.full },
      cgoDefault: true,
      tools: ['bash', 'apt-get', 'git', 'curl', 'gcc', 'g++', 'make'],
      caCertificates: true,
      ...(s.eol ? { eol: s.eol } : {}),
    },
    rootfs: [
      ...goRootfs(),
      file('/usr/bin/gcc', 1_000_000, { program: 'gcc' }),
      file('/usr/bin/git', 3_900_000, { program: 'git' }),
      file('/etc/ssl/certs/ca-certificates.crt', 219_000),
    ],
  });
}

function alpineGo(s: Spec): CatalogImage {
  return defineImage({
    repository: 'docker.io/library/golang',
    tags: s.tags,
    parent: alpineCurrent,
    created: '2026-09-03T17:20:00Z',
    history: [
      {
        createdBy: 'RUN apk add --no-cache ca-certificates # buildkit',
        size: 400_000,
        compressed: 150_000,
        comment: BC,
      },
      ...goTail(s.full, 205e6),
    ],
    size: s.size,
    compressedSize: s.compressed,
    sizeSource: 'estimate',
    sizeNote: s.note,
    config: { Env: env(s.full), WorkingDir: '/go' },
    facts: { runtimes: { go: s.full }, cgoDefault: false, tools: ['busybox', 'apk'] },
    rootfs: [...goRootfs(), link('/usr/local/bin/go', '/usr/local/go/bin/go')],
  });
}

const tagsFor = (minor: string, full: string, extra: string[]) => [
  minor,
  full,
  `${minor}-trixie`,
  `${full}-trixie`,
  ...extra,
];

export const golangImages: readonly CatalogImage[] = [
  // ~847.51 MB for golang:1.25.12-trixie [RI-golang125]; 1.26/1.27 assumed a little larger.
  debianGo({
    full: G.currentFull,
    tags: tagsFor(G.current, G.currentFull, ['1', 'latest', 'trixie']),
    size: 862_000_000,
    compressed: 292_000_000,
    note: 'estimate: golang:1.25.12-trixie 847.51 MB [RI-golang125] + newer toolchain',
  }),
  debianGo({
    full: G.previousFull,
    tags: tagsFor(G.previous, G.previousFull, []),
    size: 856_000_000,
    compressed: 290_000_000,
    note: 'estimate: golang:1.25.12-trixie 847.51 MB [RI-golang125]',
  }),
  // 215.26 MB for 1.25-alpine [RI-golang125alpine].
  alpineGo({
    full: G.currentFull,
    tags: [
      `${G.current}-alpine`,
      `${G.currentFull}-alpine`,
      `${G.current}-alpine${versions.alpine.current}`,
      '1-alpine',
      'alpine',
    ],
    size: 221_000_000,
    compressed: 78_000_000,
    note: 'estimate: golang:1.25-alpine 215.26 MB [RI-golang125alpine]',
  }),
  alpineGo({
    full: G.previousFull,
    tags: [
      `${G.previous}-alpine`,
      `${G.previousFull}-alpine`,
      `${G.previous}-alpine${versions.alpine.current}`,
    ],
    size: 218_000_000,
    compressed: 77_000_000,
    note: 'estimate: golang:1.25-alpine 215.26 MB [RI-golang125alpine]',
  }),
  // ~860–910 MB: golang:1.18.10-buster was 907.57 MB [RI-golang118].
  debianGo(
    {
      full: G.obsoleteFull,
      tags: [G.obsolete, G.obsoleteFull, `${G.obsolete}-buster`],
      size: 880_000_000,
      compressed: 300_000_000,
      note: 'estimate: golang:1.18.10-buster 907.57 MB [RI-golang118]',
      eol: {
        date: G.obsoleteEol,
        note: 'Go 1.16 reached end-of-life on 2022-03-15; Go supports only the two newest releases.',
      },
    },
    debianBuster,
  ),
];
