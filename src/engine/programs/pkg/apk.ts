/**
 * apk add [--no-cache] [--virtual name] pkgs…, apk del, apk update. Without --no-cache apk
 * keeps its indexes in /var/cache/apk (the reason Dockerfiles pass --no-cache).
 * uncertain: the `(i/n) Installing` lines omit versions (Stagecraft does not track them),
 * and the closing `OK: … MiB in … packages` counts are estimates for the base image.
 */
import { own } from '../own';
import type { Process, Program } from '../host';
import { notModelledNote } from '../notes';
import { println } from '../output';
import { nameHash, writeSynthetic } from './install-files';

const MB = 1_000_000;
const kB = 1_000;

/** Installed bytes, dependencies, and executables [path, program, bytes]. */
const APK: Readonly<
  Record<string, { size: number; deps?: string[]; bins?: [string, string, number][] }>
> = {
  curl: {
    size: 250 * kB,
    deps: [
      'ca-certificates',
      'brotli-libs',
      'c-ares',
      'libcurl',
      'libidn2',
      'libpsl',
      'nghttp2-libs',
      'zstd-libs',
    ],
    bins: [['/usr/bin/curl', 'curl', 250 * kB]],
  },
  'ca-certificates': { size: 680 * kB },
  'brotli-libs': { size: 720 * kB },
  'c-ares': { size: 190 * kB },
  libcurl: { size: 650 * kB },
  libidn2: { size: 210 * kB },
  libpsl: { size: 80 * kB },
  'nghttp2-libs': { size: 170 * kB },
  'zstd-libs': { size: 800 * kB },
  git: {
    size: 13 * MB,
    deps: ['libcurl', 'pcre2', 'libexpat'],
    bins: [['/usr/bin/git', 'git', 3_300 * kB]],
  },
  pcre2: { size: 700 * kB },
  libexpat: { size: 170 * kB },
  bash: { size: 1_300 * kB, deps: ['readline'], bins: [['/bin/bash', 'bash', 1_200 * kB]] },
  readline: { size: 270 * kB },
  'build-base': { size: 4 * kB, deps: ['gcc', 'g++', 'make', 'musl-dev', 'binutils', 'libc-dev'] },
  gcc: {
    size: 120 * MB,
    deps: ['binutils', 'musl-dev'],
    bins: [['/usr/bin/gcc', 'gcc', 1_000 * kB]],
  },
  'g++': { size: 40 * MB, deps: ['gcc'], bins: [['/usr/bin/g++', 'g++', 1_000 * kB]] },
  binutils: { size: 9 * MB },
  make: { size: 270 * kB, bins: [['/usr/bin/make', 'make', 250 * kB]] },
  'musl-dev': { size: 4_500 * kB },
  'libc-dev': { size: 4 * kB },
  python3: { size: 45 * MB, bins: [['/usr/bin/python3', 'python3', 14 * kB]] },
  'py3-pip': {
    size: 12 * MB,
    deps: ['python3'],
    bins: [
      ['/usr/bin/pip', 'pip', 1 * kB],
      ['/usr/bin/pip3', 'pip', 1 * kB],
    ],
  },
  nodejs: { size: 65 * MB, bins: [['/usr/bin/node', 'node', 60 * MB]] },
  npm: { size: 11 * MB, deps: ['nodejs'], bins: [['/usr/bin/npm', 'npm', 1 * kB]] },
  openssl: { size: 1_000 * kB, bins: [['/usr/bin/openssl', 'openssl', 900 * kB]] },
  tzdata: { size: 3_500 * kB },
  'libc6-compat': { size: 30 * kB },
  gcompat: { size: 80 * kB },
  tini: { size: 40 * kB, bins: [['/sbin/tini', 'tini', 40 * kB]] },
  jq: { size: 800 * kB, bins: [['/usr/bin/jq', 'jq', 30 * kB]] },
  'su-exec': { size: 30 * kB, bins: [['/sbin/su-exec', 'su-exec', 20 * kB]] },
  'openssh-client': { size: 3_500 * kB },
  go: { size: 220 * MB, bins: [['/usr/lib/go/bin/go', 'go', 15 * MB]] },
  libstdc: { size: 2_500 * kB },
  libgcc: { size: 150 * kB },
};

/** Base alpine image: packages and MiB apk reports before anything is added (estimate). */
const BASE_PACKAGES = 16;
const BASE_BYTES = 8_400_000;

function alpineBranch(proc: Process): string {
  return 'v' + proc.sys.image.osVersion.split('.').slice(0, 2).join('.');
}

function fetchLines(proc: Process): string[] {
  const repo = `https://dl-cdn.alpinelinux.org/alpine/${alpineBranch(proc)}`;
  return [
    `fetch ${repo}/main/x86_64/APKINDEX.tar.gz`,
    `fetch ${repo}/community/x86_64/APKINDEX.tar.gz`,
  ];
}

function worldPath(): string {
  return '/etc/apk/world';
}

function add(proc: Process, names: string[], noCache: boolean, virtual?: string): number {
  if (proc.cred.uid !== 0) {
    println(proc.stderr, 'ERROR: Unable to lock database: Permission denied');
    println(proc.stderr, 'ERROR: Failed to open apk database: Permission denied');
    return 99;
  }
  for (const line of fetchLines(proc)) println(proc.stdout, line);
  if (!noCache) {
    for (const [i, size] of [
      [0, 920 * kB],
      [1, 1_600 * kB],
    ] as const) {
      writeSynthetic(
        proc.vfs,
        {
          path: `/var/cache/apk/APKINDEX.${(nameHash(alpineBranch(proc)) + i).toString(16).slice(0, 8)}.tar.gz`,
          size,
        },
        `apkindex:${i}`,
      );
    }
  }
  const unknown = names.filter((n) => !Object.hasOwn(APK, n.replace(/[<>=~].*$/, '')));
  if (unknown.length > 0) {
    println(proc.stderr, 'ERROR: unable to select packages:');
    for (const n of unknown) {
      println(proc.stderr, `  ${n} (no such package):`);
      println(proc.stderr, `    required by: world[${n}]`);
    }
    return unknown.length;
  }
  const world = (safeRead(proc, worldPath()) ?? '').split('\n').filter(Boolean);
  const chosen: string[] = [];
  const visit = (n: string, depth: number) => {
    if (chosen.includes(n) || world.includes(n) || depth > 8) return;
    chosen.push(n);
    for (const d of own(APK, n)?.deps ?? []) visit(d, depth + 1);
  };
  for (const n of names) visit(n.replace(/[<>=~].*$/, ''), 0);
  const ordered = [...chosen].reverse();
  const count = ordered.length + (virtual ? 1 : 0);
  ordered.forEach((n, i) => println(proc.stdout, `(${i + 1}/${count}) Installing ${n}`));
  if (virtual) println(proc.stdout, `(${count}/${count}) Installing ${virtual}`);
  let total = BASE_BYTES;
  for (const n of ordered) {
    const p = APK[n]!;
    const bins = p.bins ?? [];
    const rest = p.size - bins.reduce((s, b) => s + b[2], 0);
    for (const [path, program, size] of bins)
      writeSynthetic(proc.vfs, { path, size, program }, `apk:${n}:${path}`);
    if (rest > 0)
      writeSynthetic(proc.vfs, { path: `/usr/lib/${n}.payload`, size: rest }, `apk:${n}`);
  }
  const newWorld = [...world, ...(virtual ? [virtual] : names)];
  proc.vfs.mkdir('/etc/apk', { recursive: true });
  proc.vfs.writeFile(worldPath(), newWorld.join('\n') + '\n');
  const installedNames = new Set([...world, ...chosen]);
  for (const n of installedNames) total += own(APK, n)?.size ?? 0;
  println(
    proc.stdout,
    `OK: ${Math.round(total / 1_048_576)} MiB in ${BASE_PACKAGES + installedNames.size} packages`,
  );
  return 0;
}

function safeRead(proc: Process, path: string): string | null {
  try {
    return proc.vfs.readFile(path);
  } catch {
    return null;
  }
}

export const apk: Program = (proc) => {
  const args = proc.argv.slice(1);
  const noCache = args.includes('--no-cache');
  let virtual: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--virtual' || a === '-t') virtual = args[++i];
    else if (a.startsWith('--virtual=')) virtual = a.slice(10);
    else if (!a.startsWith('-')) words.push(a);
  }
  const [command, ...rest] = words;
  if (command === 'add') return { code: add(proc, rest, noCache, virtual) };
  if (command === 'update') {
    for (const line of fetchLines(proc)) println(proc.stdout, line);
    println(
      proc.stdout,
      `v${proc.sys.image.osVersion} [https://dl-cdn.alpinelinux.org/alpine/${alpineBranch(proc)}/main]`,
    );
    println(
      proc.stdout,
      `v${proc.sys.image.osVersion} [https://dl-cdn.alpinelinux.org/alpine/${alpineBranch(proc)}/community]`,
    );
    println(proc.stdout, 'OK: 25000 distinct packages available');
    return { code: 0 };
  }
  println(proc.stderr, notModelledNote(`apk ${command ?? ''}`.trim()));
  return { code: 0 };
};
