/**
 * Debian packages a Dockerfile commonly installs, with approximate installed sizes for a
 * -slim base (package Installed-Size plus the dependencies apt pulls in). `deps` are the
 * packages apt adds with --no-install-recommends; `rec` what recommends add on top.
 * uncertain: sizes are rounded from bookworm/trixie package metadata and vary by release.
 */
export interface AptPackage {
  readonly size: number;
  readonly deps?: readonly string[];
  readonly rec?: readonly string[];
  /** Executables: [path, program name, bytes]. */
  readonly bins?: readonly (readonly [string, string, number])[];
}

const MB = 1_000_000;
const kB = 1_000;

export const APT_PACKAGES: Readonly<Record<string, AptPackage>> = {
  curl: {
    size: 520 * kB,
    deps: [
      'libcurl4',
      'libnghttp2-14',
      'libpsl5',
      'librtmp1',
      'libssh2-1',
      'libbrotli1',
      'libldap-2.5-0',
      'libsasl2-2',
      'libkrb5-3',
      'libgssapi-krb5-2',
    ],
    rec: [
      'ca-certificates',
      'openssl',
      'publicsuffix',
      'krb5-locales',
      'libldap-common',
      'libsasl2-modules',
    ],
    bins: [['/usr/bin/curl', 'curl', 280 * kB]],
  },
  libcurl4: { size: 840 * kB },
  'libnghttp2-14': { size: 230 * kB },
  libpsl5: { size: 90 * kB },
  librtmp1: { size: 150 * kB },
  'libssh2-1': { size: 300 * kB },
  libbrotli1: { size: 790 * kB },
  'libldap-2.5-0': { size: 560 * kB },
  'libsasl2-2': { size: 280 * kB },
  'libkrb5-3': { size: 1_100 * kB },
  'libgssapi-krb5-2': { size: 450 * kB },
  'ca-certificates': { size: 390 * kB, deps: ['openssl'] },
  openssl: { size: 2_300 * kB, bins: [['/usr/bin/openssl', 'openssl', 1_000 * kB]] },
  publicsuffix: { size: 330 * kB },
  'krb5-locales': { size: 90 * kB },
  'libldap-common': { size: 130 * kB },
  'libsasl2-modules': { size: 300 * kB },
  wget: {
    size: 3_600 * kB,
    deps: ['libpsl5'],
    rec: ['ca-certificates', 'openssl', 'publicsuffix'],
    bins: [['/usr/bin/wget', 'wget', 500 * kB]],
  },
  git: {
    size: 39 * MB,
    deps: ['git-man', 'perl', 'liberror-perl', 'libcurl3-gnutls', 'libexpat1'],
    rec: ['ca-certificates', 'openssl', 'less', 'patch', 'openssh-client'],
    bins: [['/usr/bin/git', 'git', 3_900 * kB]],
  },
  'git-man': { size: 2_100 * kB },
  perl: { size: 18 * MB },
  'liberror-perl': { size: 40 * kB },
  'libcurl3-gnutls': { size: 830 * kB },
  libexpat1: { size: 300 * kB },
  less: { size: 450 * kB },
  patch: { size: 250 * kB },
  'openssh-client': { size: 5_200 * kB },
  'build-essential': {
    size: 20 * kB,
    deps: ['gcc', 'g++', 'make', 'dpkg-dev', 'libc6-dev'],
    rec: ['fakeroot', 'libalgorithm-merge-perl', 'manpages', 'manpages-dev'],
  },
  gcc: {
    size: 60 * MB,
    deps: ['cpp', 'binutils', 'libc6-dev'],
    rec: ['manpages-dev'],
    bins: [
      ['/usr/bin/gcc', 'gcc', 1_000 * kB],
      ['/usr/bin/cc', 'gcc', 1_000 * kB],
    ],
  },
  'g++': { size: 52 * MB, deps: ['gcc'], bins: [['/usr/bin/g++', 'g++', 1_000 * kB]] },
  cpp: { size: 32 * MB },
  binutils: { size: 33 * MB },
  'libc6-dev': { size: 21 * MB },
  make: { size: 1_600 * kB, bins: [['/usr/bin/make', 'make', 250 * kB]] },
  'dpkg-dev': { size: 3_100 * kB },
  fakeroot: { size: 250 * kB },
  'libalgorithm-merge-perl': { size: 40 * kB },
  manpages: { size: 1_400 * kB },
  'manpages-dev': { size: 5_300 * kB },
  python3: {
    size: 25 * MB,
    deps: ['python3-minimal', 'libpython3-stdlib'],
    bins: [['/usr/bin/python3', 'python3', 6_800 * kB]],
  },
  'python3-minimal': { size: 5_000 * kB },
  'libpython3-stdlib': { size: 20 * MB },
  'python3-pip': {
    size: 9 * MB,
    deps: ['python3', 'python3-setuptools', 'python3-wheel'],
    rec: ['build-essential', 'python3-dev'],
    bins: [
      ['/usr/bin/pip3', 'pip', 1 * kB],
      ['/usr/bin/pip', 'pip', 1 * kB],
    ],
  },
  'python3-setuptools': { size: 3_700 * kB },
  'python3-wheel': { size: 120 * kB },
  'python3-dev': { size: 30 * MB },
  unzip: { size: 400 * kB, bins: [['/usr/bin/unzip', 'unzip', 180 * kB]] },
  zip: { size: 700 * kB, bins: [['/usr/bin/zip', 'zip', 220 * kB]] },
  'libssl-dev': { size: 13 * MB },
  'xz-utils': { size: 1_300 * kB, bins: [['/usr/bin/xz', 'xz', 90 * kB]] },
  jq: { size: 1_100 * kB, bins: [['/usr/bin/jq', 'jq', 30 * kB]] },
  vim: { size: 38 * MB, bins: [['/usr/bin/vim', 'vim', 3_700 * kB]] },
  nano: { size: 2_900 * kB, bins: [['/usr/bin/nano', 'nano', 300 * kB]] },
  procps: { size: 2_300 * kB, bins: [['/usr/bin/ps', 'ps', 140 * kB]] },
  tzdata: { size: 3_600 * kB },
  gnupg: { size: 10 * MB, bins: [['/usr/bin/gpg', 'gpg', 1_200 * kB]] },
  'netcat-openbsd': { size: 110 * kB, bins: [['/usr/bin/nc', 'nc', 40 * kB]] },
  'iputils-ping': { size: 300 * kB, bins: [['/usr/bin/ping', 'ping', 90 * kB]] },
  tini: { size: 800 * kB, bins: [['/usr/bin/tini', 'tini', 760 * kB]] },
  'dumb-init': { size: 70 * kB, bins: [['/usr/bin/dumb-init', 'dumb-init', 50 * kB]] },
  'pkg-config': { size: 200 * kB },
  'libpq-dev': { size: 1_500 * kB },
  sqlite3: { size: 1_800 * kB, bins: [['/usr/bin/sqlite3', 'sqlite3', 1_600 * kB]] },
  nodejs: { size: 60 * MB, bins: [['/usr/bin/node', 'node', 45 * MB]] },
  nginx: { size: 3_000 * kB, bins: [['/usr/sbin/nginx', 'nginx', 1_400 * kB]] },
};
