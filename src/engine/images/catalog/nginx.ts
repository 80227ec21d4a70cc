/**
 * nginx (Debian trixie) and nginxinc/nginx-unprivileged, which listens on 8080, keeps its PID
 * and temp files in /tmp and runs as uid 101 (ground truth §2.2, [NGINX-unpriv]).
 */
import { versions } from '../versions';
import { defineImage } from '../define';
import type { CatalogImage } from '../types';
import { file, passwd, user } from '../rootfs/common';
import { debianUsers } from '../rootfs/debian';
import { debianTrixie } from './os-images';

const BC = 'buildkit.dockerfile.v0';
const NGINX_USER = user('nginx', 101, '/nonexistent', '/bin/false');

function nginx(
  repository: string,
  version: string,
  tags: string[],
  unprivileged: boolean,
  size: number,
  compressed: number,
  note: string,
  measured: boolean,
): CatalogImage {
  const port = unprivileged ? '8080/tcp' : '80/tcp';
  return defineImage({
    repository,
    tags,
    parent: debianTrixie,
    created: '2026-09-16T23:10:00Z',
    history: [
      {
        createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>',
        comment: BC,
      },
      { createdBy: `ENV NGINX_VERSION=${version}`, comment: BC },
      {
        createdBy:
          'RUN set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx … # buildkit',
        size: 58e6,
        compressed: 26e6,
        comment: BC,
      },
      {
        createdBy: 'COPY docker-entrypoint.sh / # buildkit',
        size: 1_600,
        compressed: 630,
        comment: BC,
      },
      {
        createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit',
        size: 2_100,
        compressed: 950,
        comment: BC,
      },
      ...(unprivileged
        ? [
            {
              createdBy:
                "RUN sed -i 's,listen       80;,listen       8080;,' /etc/nginx/conf.d/default.conf … # buildkit",
              size: 4_000,
              compressed: 1_200,
              comment: BC,
            },
          ]
        : []),
      { createdBy: 'ENTRYPOINT ["/docker-entrypoint.sh"]', comment: BC },
      { createdBy: `EXPOSE map[${port}:{}]`, comment: BC },
      ...(unprivileged ? [{ createdBy: 'USER 101', comment: BC }] : []),
      { createdBy: 'STOPSIGNAL SIGQUIT', comment: BC },
      { createdBy: 'CMD ["nginx" "-g" "daemon off;"]', comment: BC },
    ],
    size,
    compressedSize: compressed,
    sizeSource: measured ? 'measured' : 'estimate',
    sizeNote: note,
    config: {
      Env: [
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        `NGINX_VERSION=${version}`,
      ],
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      ExposedPorts: { [port]: {} },
      User: unprivileged ? '101' : '',
      StopSignal: 'SIGQUIT',
      Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    },
    facts: {
      runtimes: { nginx: version },
      tools: ['bash', 'apt-get', 'nginx', 'curl'],
      caCertificates: true,
      users: [...debianUsers(), NGINX_USER],
    },
    rootfs: [
      file('/usr/sbin/nginx', 1_400_000, { program: 'nginx' }),
      file('/docker-entrypoint.sh', 1_600, { program: 'docker-entrypoint.sh' }),
      file('/etc/nginx/nginx.conf', 648),
      file('/etc/nginx/conf.d/default.conf', 1_093),
      file('/usr/share/nginx/html/index.html', 615),
      passwd([...debianUsers(), NGINX_USER]),
    ],
  });
}

const S = versions.nginx.stable;
// uncertain: the mainline version number behind nginx:latest in Sep 2026.
const MAINLINE = '1.31.2';

export const nginxImages: readonly CatalogImage[] = [
  // 169.48 MB [RI-nginx]; compressed ~60–70 MB (estimate).
  nginx(
    'docker.io/library/nginx',
    S,
    ['stable', '1.30', S, 'stable-trixie'],
    false,
    169_480_000,
    62_000_000,
    'RI-nginx (uncompressed); compressed estimate',
    true,
  ),
  // ≈ 241 MB DISK USAGE − 66 MB CONTENT SIZE under the containerd store [FS-newimages].
  nginx(
    'docker.io/library/nginx',
    MAINLINE,
    ['latest', 'mainline', '1.31', MAINLINE, 'trixie'],
    false,
    175_000_000,
    66_000_000,
    'estimate from FS-newimages (241MB disk, 66MB content)',
    false,
  ),
  // ≈ nginx plus its unprivileged tweaks; ~74 MB compressed for a trixie-perl tag [RUSTRAK-323].
  nginx(
    'docker.io/nginxinc/nginx-unprivileged',
    S,
    ['stable', '1.30', S],
    true,
    169_500_000,
    62_100_000,
    'estimate: same as nginx:stable [NGINX-unpriv]',
    false,
  ),
  nginx(
    'docker.io/nginxinc/nginx-unprivileged',
    MAINLINE,
    ['latest', 'mainline', MAINLINE],
    true,
    175_020_000,
    66_100_000,
    'estimate: same as nginx:latest [NGINX-unpriv]',
    false,
  ),
];
