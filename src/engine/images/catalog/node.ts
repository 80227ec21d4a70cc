/**
 * The official `node` images: full (Debian + buildpack-deps), -slim and -alpine, for the LTS
 * lines 22 and 24, the 2026 release 26 (`latest`, `current`), and the end-of-life 14 the
 * original course notes used. Sizes: ground truth §2.2.
 */
import { versions } from '../versions';
import { defineImage, type LayerSpec, type MetaSpec } from '../define';
import type { CatalogImage, EolInfo } from '../types';
import { dir, file, link, passwd, user } from '../rootfs/common';
import { debianUsers } from '../rootfs/debian';
import { alpineUsers } from '../rootfs/alpine';
import * as L from './node-layers';
import {
  alpineCurrent,
  debianBookworm,
  debianBookwormSlim,
  debianBuster,
  debianBusterSlim,
} from './os-images';

const BC = 'buildkit.dockerfile.v0';
const NODE_USER = user('node', 1000, '/home/node', '/bin/bash');
const NODE_USER_ALPINE = user('node', 1000, '/home/node', '/bin/sh');
const YARN = '1.22.22';

interface Line {
  readonly major: string;
  readonly full: string;
  /** uncertain: npm versions bundled with each line (npm 10 for 22, 11 for 24/26). */
  readonly npm: string;
  readonly codename: string;
  readonly extraTags: { full: string[]; slim: string[]; alpine: string[] };
  readonly eol?: EolInfo;
  readonly created: string;
}

function nodeRootfs(line: Line, alpine: boolean) {
  const u = alpine ? NODE_USER_ALPINE : NODE_USER;
  return [
    file('/usr/local/bin/node', 118_000_000, { program: 'node' }),
    link('/usr/local/bin/nodejs', '/usr/local/bin/node'),
    link('/usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js'),
    link('/usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js'),
    file('/usr/local/lib/node_modules/npm/bin/npm-cli.js', 54, { program: 'npm' }),
    file('/usr/local/lib/node_modules/npm/bin/npx-cli.js', 2_900, { program: 'npx' }),
    link('/usr/local/bin/yarn', `/opt/yarn-v${YARN}/bin/yarn`),
    file(`/opt/yarn-v${YARN}/bin/yarn`, 1_000, { program: 'yarn' }),
    file('/usr/local/bin/docker-entrypoint.sh', 388, { program: 'docker-entrypoint.sh' }),
    dir('/home/node', 0o755, { uid: 1000, gid: 1000 }),
    passwd([...(alpine ? alpineUsers() : debianUsers()), u]),
  ];
}

const ENV = (line: Line) => [
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  `NODE_VERSION=${line.full}`,
  `YARN_VERSION=${YARN}`,
];

interface Sizes {
  readonly size: number;
  readonly compressed: number;
  readonly source: 'measured' | 'estimate';
  readonly note: string;
}

function tail(
  line: Line,
  install: string,
  yarn: string,
  nodeLayer: [number, number],
  yarnLayer: [number, number],
): (LayerSpec | MetaSpec)[] {
  return [
    { createdBy: `ENV NODE_VERSION=${line.full}`, comment: BC },
    { createdBy: install, size: nodeLayer[0], compressed: nodeLayer[1], comment: BC },
    { createdBy: `ENV YARN_VERSION=${YARN}`, comment: BC },
    { createdBy: yarn, size: yarnLayer[0], compressed: yarnLayer[1], comment: BC },
    { createdBy: L.ENTRYPOINT_COPY, size: 388, compressed: 446, comment: BC },
    { createdBy: 'ENTRYPOINT ["docker-entrypoint.sh"]', comment: BC },
    { createdBy: 'CMD ["node"]', comment: BC },
  ];
}

function facts(line: Line, tools: string[]) {
  return {
    runtimes: { node: line.full, npm: line.npm, yarn: YARN },
    tools,
    ...(line.eol ? { eol: line.eol } : {}),
  };
}

const CONFIG = (line: Line) => ({
  Env: ENV(line),
  Entrypoint: ['docker-entrypoint.sh'],
  Cmd: ['node'],
});

function full(line: Line, s: Sizes): CatalogImage {
  const base = line.major === '14' ? debianBuster : debianBookworm;
  const f = base.facts;
  return defineImage({
    repository: 'docker.io/library/node',
    tags: [line.major, line.full, `${line.major}-${base.tags[0]}`, ...line.extraTags.full],
    parent: base,
    created: line.created,
    // Weights per layer: compressed sizes from repo-info, uncompressed guessed at ~2.5–3× and
    // then scaled by defineImage so the sum is the image total.
    history: [
      { createdBy: L.BUILDPACK_CURL, size: 60e6, compressed: 24_056_077 },
      { createdBy: L.BUILDPACK_SCM, size: 190e6, compressed: 64_424_271 },
      { createdBy: L.BUILDPACK_DEPS, size: 560e6, compressed: 211_707_818 },
      { createdBy: L.NODE_USER_DEBIAN, size: 9_000, compressed: 3_321, comment: BC },
      ...tail(line, L.NODE_INSTALL_DEBIAN, L.YARN_INSTALL, [190e6, 58_553_286], [5.3e6, 1_250_675]),
    ],
    size: s.size,
    compressedSize: s.compressed,
    sizeSource: s.source,
    sizeNote: s.note,
    config: CONFIG(line),
    facts: {
      ...facts(line, ['bash', 'apt-get', 'git', 'curl', 'wget', 'gcc', 'g++', 'make', 'python3']),
      caCertificates: true,
      users: [...f.users, NODE_USER],
    },
    rootfs: [
      ...nodeRootfs(line, false),
      file('/usr/bin/gcc', 1_000_000, { program: 'gcc' }),
      file('/usr/bin/git', 3_900_000, { program: 'git' }),
      file('/etc/ssl/certs/ca-certificates.crt', 219_000),
    ],
  });
}

function slim(line: Line, s: Sizes): CatalogImage {
  const base = line.major === '14' ? debianBusterSlim : debianBookwormSlim;
  return defineImage({
    repository: 'docker.io/library/node',
    tags: [
      `${line.major}-slim`,
      `${line.full}-slim`,
      `${line.major}-${base.tags[0]}`,
      ...line.extraTags.slim,
    ],
    parent: base,
    created: line.created,
    history: [
      { createdBy: L.NODE_USER_DEBIAN, size: 9_000, compressed: 3_311, comment: BC },
      ...tail(line, L.NODE_INSTALL_SLIM, L.YARN_INSTALL, [146e6, 49_938_232], [6.4e6, 1_713_012]),
    ],
    size: s.size,
    compressedSize: s.compressed,
    sizeSource: s.source,
    sizeNote: s.note,
    config: CONFIG(line),
    // uncertain: the slim variant purges ca-certificates after installing node (node has its own CA store).
    facts: { ...facts(line, ['bash', 'apt-get']), users: [...base.facts.users, NODE_USER] },
    rootfs: nodeRootfs(line, false),
  });
}

function alpine(line: Line, s: Sizes): CatalogImage {
  const base = alpineCurrent;
  return defineImage({
    repository: 'docker.io/library/node',
    tags: [
      `${line.major}-alpine`,
      `${line.full}-alpine`,
      `${line.major}-alpine${versions.alpine.current}`,
      ...line.extraTags.alpine,
    ],
    parent: base,
    created: line.created,
    history: tail(
      line,
      L.NODE_INSTALL_ALPINE,
      L.YARN_INSTALL_ALPINE,
      [152e6, 55_585_204],
      [5.6e6, 1_262_001],
    ),
    size: s.size,
    compressedSize: s.compressed,
    sizeSource: s.source,
    sizeNote: s.note,
    config: CONFIG(line),
    facts: { ...facts(line, ['busybox', 'apk']), users: [...base.facts.users, NODE_USER_ALPINE] },
    rootfs: [...nodeRootfs(line, true), file('/usr/lib/libstdc++.so.6', 2_600_000)],
  });
}

const N = versions.node;
const LINES: Line[] = [
  {
    major: N.previousLts,
    full: N.previousLtsFull,
    npm: '10.9.4',
    codename: 'jod',
    created: '2026-09-19T03:18:35Z',
    extraTags: { full: ['jod'], slim: ['jod-slim'], alpine: ['jod-alpine'] },
  },
  {
    major: N.lts,
    full: N.ltsFull,
    npm: '11.6.2',
    codename: 'krypton',
    created: '2026-09-19T03:18:20Z',
    extraTags: {
      full: ['krypton', 'lts'],
      slim: ['krypton-slim', 'lts-slim'],
      alpine: ['krypton-alpine', 'lts-alpine'],
    },
  },
  {
    major: N.current,
    full: N.currentFull,
    npm: '11.9.0',
    codename: '',
    created: '2026-09-22T18:52:19Z',
    extraTags: {
      full: ['current', 'latest'],
      slim: ['current-slim', 'slim'],
      alpine: ['current-alpine', 'alpine'],
    },
  },
];
const NODE14: Line = {
  major: N.obsolete,
  full: N.obsoleteFull,
  npm: '6.14.17',
  codename: 'fermium',
  created: '2023-01-10T20:22:00Z',
  extraTags: { full: ['fermium'], slim: ['fermium-slim'], alpine: [] },
  eol: {
    date: N.obsoleteEol,
    note: 'Node.js 14 reached end-of-life on 2023-04-30: no security fixes since. Use node:22 or node:24.',
  },
};

const EST = (size: number, compressed: number, note: string): Sizes => ({
  size,
  compressed,
  source: 'estimate',
  note,
});

export const nodeImages: readonly CatalogImage[] = [
  // 1.13 GB [RI-node22-local]; 408.5 MB = sum of the measured layers [RI-node22-remote].
  full(LINES[0]!, {
    size: 1_130_000_000,
    compressed: 408_499_334,
    source: 'measured',
    note: 'RI-node22-local (rounded to 1.13 GB), RI-node22-remote',
  }),
  // 227.34 MB [RI-node22slim-local]; 79.9 MB [RI-node22slim-remote].
  slim(LINES[0]!, {
    size: 227_340_000,
    compressed: 79_893_445,
    source: 'measured',
    note: 'RI-node22slim-local, RI-node22slim-remote',
  }),
  // 167.63 MB [RI-node22alpine-local]; 60.7 MB [RI-node22alpine-remote].
  alpine(LINES[0]!, {
    size: 167_630_000,
    compressed: 60_697_390,
    source: 'measured',
    note: 'RI-node22alpine-local, RI-node22alpine-remote',
  }),
  full(
    LINES[1]!,
    EST(
      1_140_000_000,
      409_699_000,
      'estimate: node:22 + larger node 24 binary; compressed from repo-info node:24 layers (Aug 2026)',
    ),
  ),
  slim(LINES[1]!, EST(233_000_000, 81_200_000, 'estimate: node:22-slim + ~6 MB')),
  alpine(LINES[1]!, EST(173_000_000, 62_000_000, 'estimate: node:22-alpine + ~5 MB')),
  full(LINES[2]!, EST(1_146_000_000, 411_500_000, 'estimate: node:24 + ~6 MB')),
  slim(LINES[2]!, EST(239_000_000, 82_900_000, 'estimate: node:24-slim + ~6 MB')),
  alpine(LINES[2]!, EST(178_000_000, 63_600_000, 'estimate: node:24-alpine + ~5 MB')),
  // 350.5 MB compressed [RI-node14-remote]; uncompressed 900–970 MB estimated by the ground truth.
  full(NODE14, {
    size: 943_000_000,
    compressed: 350_500_000,
    source: 'estimate',
    note: 'compressed RI-node14-remote; uncompressed estimate (node:22 ratio)',
  }),
  // 184.96 MB [RI-node14slim-local]; compressed 38–60 MB, 45 MB chosen (estimate).
  slim(NODE14, {
    size: 184_960_000,
    compressed: 45_000_000,
    source: 'measured',
    note: 'RI-node14slim-local; compressed estimate',
  }),
];
