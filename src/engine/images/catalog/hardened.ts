/**
 * Shared shape of the "distroless alternatives" (Chainguard on Wolfi, Docker Hardened Images):
 * a runtime variant without shell or package manager running as nonroot, and a -dev variant
 * with a shell and apk/apt for build stages (ground truth §3.1–3.2). Every number here is an
 * estimate except cgr.dev/chainguard/node:latest (145 MB [IXIMIUZ]).
 */
import { defineImage } from '../define';
import type { CatalogImage, ImageFacts, Runtimes } from '../types';
import { dir, file, link, passwd, text, user } from '../rootfs/common';

export interface HardenedSpec {
  readonly repository: string;
  readonly tags: string[];
  readonly dev: boolean;
  readonly os: ImageFacts['os'];
  readonly devPackageManager: 'apk' | 'apt';
  readonly runtimes: Runtimes;
  readonly entrypoint: string[] | null;
  readonly programs: [path: string, program: string, size: number][];
  readonly size: number;
  readonly compressed: number;
  readonly note: string;
  readonly measured?: boolean;
  readonly created: string;
  readonly createdBy: string;
  readonly requiresLogin?: boolean;
  readonly cgoDefault?: boolean;
  /** static images carry no libc. */
  readonly libc?: 'glibc' | 'none';
}

const USERS = [
  user('root', 0, '/root', '/bin/sh'),
  user('nonroot', 65532, '/home/nonroot', '/bin/sh'),
  user('nobody', 65534, '/nonexistent', '/sbin/nologin'),
];

export function hardened(s: HardenedSpec): CatalogImage {
  // uncertain: runtime images run as nonroot 65532; -dev variants as root for installs.
  const userId = s.dev ? '0' : '65532';
  return defineImage({
    repository: s.repository,
    tags: s.tags,
    created: s.created,
    history: [{ createdBy: s.createdBy, size: s.size, compressed: s.compressed }],
    sizeSource: s.measured ? 'measured' : 'estimate',
    sizeNote: s.note,
    config: {
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt',
      ],
      User: userId,
      WorkingDir: s.dev ? '/' : '/home/nonroot',
      Entrypoint: s.entrypoint,
      Cmd: s.entrypoint ? null : s.dev ? ['/bin/sh', '-l'] : null,
    },
    facts: {
      os: s.os,
      hasShell: s.dev,
      shellPath: s.dev ? '/bin/sh' : null,
      shellKind: s.dev ? (s.devPackageManager === 'apk' ? 'busybox' : 'dash') : null,
      libc: s.libc ?? 'glibc',
      packageManager: s.dev ? s.devPackageManager : 'none',
      runtimes: s.runtimes,
      ...(s.cgoDefault !== undefined ? { cgoDefault: s.cgoDefault } : {}),
      tools: s.dev ? ['busybox', s.devPackageManager] : [],
      caCertificates: true,
      users: USERS,
      defaultUser: userId,
    },
    rootfs: [
      dir('/'),
      dir('/etc'),
      dir('/tmp', 0o1777),
      dir('/home'),
      dir('/home/nonroot', 0o755, { uid: 65532, gid: 65532 }),
      passwd(USERS),
      text(
        '/etc/os-release',
        `ID=${s.os.id}\nVERSION_ID=${s.os.version}\nPRETTY_NAME="${s.os.prettyName}"\n`,
      ),
      file('/etc/ssl/certs/ca-certificates.crt', 219_000),
      ...(s.dev
        ? [file('/bin/busybox', 900_000, { program: 'busybox' }), link('/bin/sh', '/bin/busybox')]
        : []),
      ...s.programs.map(([path, program, size]) => file(path, size, { program })),
    ],
    ...(s.requiresLogin ? { requiresLogin: true } : {}),
  });
}
