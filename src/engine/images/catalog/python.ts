/** The official `python` images on Debian trixie: full and -slim (ground truth §2.2). */
import { versions } from '../versions';
import { defineImage } from '../define';
import type { CatalogImage } from '../types';
import { file, link } from '../rootfs/common';
import { debianTrixie, debianTrixieSlim } from './os-images';
import { BUILDPACK_CURL, BUILDPACK_DEPS, BUILDPACK_SCM } from './node-layers';

const BC = 'buildkit.dockerfile.v0';
const P = versions.python;

function python(
  full: string,
  minor: string,
  slim: boolean,
  tags: string[],
  size: number,
  compressed: number,
  note: string,
  measured: boolean,
): CatalogImage {
  const parent = slim ? debianTrixieSlim : debianTrixie;
  return defineImage({
    repository: 'docker.io/library/python',
    tags,
    parent,
    created: '2026-09-17T21:47:49Z',
    history: [
      ...(slim
        ? []
        : [
            { createdBy: BUILDPACK_CURL, size: 60e6, compressed: 24e6 },
            { createdBy: BUILDPACK_SCM, size: 190e6, compressed: 64e6 },
            { createdBy: BUILDPACK_DEPS, size: 560e6, compressed: 211e6 },
          ]),
      {
        createdBy:
          'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        comment: BC,
      },
      { createdBy: 'ENV LANG=C.UTF-8', comment: BC },
      { createdBy: `ENV PYTHON_VERSION=${full}`, comment: BC },
      {
        createdBy:
          'RUN set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; … \tpython3 --version; \tpip3 --version # buildkit',
        size: slim ? 40e6 : 60e6,
        compressed: slim ? 13e6 : 20e6,
        comment: BC,
      },
      {
        createdBy:
          'RUN set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do … done # buildkit',
        size: 40,
        compressed: 240,
        comment: BC,
      },
      { createdBy: 'CMD ["python3"]', comment: BC },
    ],
    size,
    compressedSize: compressed,
    sizeSource: measured ? 'measured' : 'estimate',
    sizeNote: note,
    config: {
      Env: [
        'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'LANG=C.UTF-8',
        `PYTHON_VERSION=${full}`,
      ],
      Cmd: ['python3'],
    },
    facts: {
      runtimes: { python: full, pip: true },
      tools: slim ? ['bash', 'apt-get', 'pip'] : ['bash', 'apt-get', 'pip', 'git', 'gcc', 'make'],
      caCertificates: true,
    },
    rootfs: [
      file(`/usr/local/bin/python${minor}`, 17_000, { program: 'python3' }),
      link('/usr/local/bin/python3', `python${minor}`),
      link('/usr/local/bin/python', 'python3'),
      file('/usr/local/bin/pip', 230, { program: 'pip' }),
      link('/usr/local/bin/pip3', 'pip'),
      file('/etc/ssl/certs/ca-certificates.crt', 219_000),
    ],
  });
}

const full = (m: string, f: string, extra: string[]) => [
  m,
  f,
  `${m}-trixie`,
  `${f}-trixie`,
  ...extra,
];
const slim = (m: string, f: string, extra: string[]) => [
  `${m}-slim`,
  `${f}-slim`,
  `${m}-slim-trixie`,
  ...extra,
];

export const pythonImages: readonly CatalogImage[] = [
  python(
    P.currentFull,
    P.current,
    false,
    full(P.current, P.currentFull, ['3', 'latest', 'trixie']),
    1_115_000_000,
    395_000_000,
    'estimate: python:3.12 1.11 GB [RI-py312]',
    false,
  ),
  python(
    P.currentFull,
    P.current,
    true,
    slim(P.current, P.currentFull, ['3-slim', 'slim', 'slim-trixie']),
    121_000_000,
    43_000_000,
    'estimate: python:3.12-slim 119.2 MB [RI-py312slim]',
    false,
  ),
  // 1.11 GB [RI-py312] (3.12.14-trixie); compressed not in the ground truth (estimate).
  python(
    P.previousFull,
    P.previous,
    false,
    full(P.previous, P.previousFull, []),
    1_110_000_000,
    393_000_000,
    'RI-py312 (uncompressed); compressed estimate',
    true,
  ),
  // 119.2 MB [RI-py312slim] (measured on 3.12.13-slim-trixie); compressed 41–45 MB (estimate).
  python(
    P.previousFull,
    P.previous,
    true,
    slim(P.previous, P.previousFull, []),
    119_200_000,
    43_000_000,
    'RI-py312slim (uncompressed); compressed estimate',
    true,
  ),
];
