/**
 * Enough of containerd's `platforms.Parse` for the FROM --platform checks: `os`,
 * `arch`, `os/arch` or `os/arch/variant`, with the usual architecture aliases.
 */
export interface ParsedPlatform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

const OSES = new Set([
  'linux',
  'windows',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'solaris',
  'illumos',
  'android',
  'ios',
  'aix',
  'plan9',
  'js',
  'wasip1',
  'dragonfly',
]);
const ARCH_ALIASES: Readonly<Record<string, string>> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  amd64: 'amd64',
  aarch64: 'arm64',
  arm64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  arm: 'arm',
  i386: '386',
  '386': '386',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64le',
  loong64: 'loong64',
};

export function parsePlatform(spec: string): ParsedPlatform | undefined {
  const parts = spec.toLowerCase().split('/');
  if (parts.length > 3 || parts.some((p) => p === '')) return undefined;
  if (parts.length === 1) {
    const [only] = parts as [string];
    if (OSES.has(only)) return { os: only, architecture: 'amd64' };
    const arch = ARCH_ALIASES[only];
    return arch ? { os: 'linux', architecture: arch } : undefined;
  }
  const [os, archRaw, variant] = parts as [string, string, string | undefined];
  const arch = ARCH_ALIASES[archRaw];
  if (!OSES.has(os) || !arch) return undefined;
  return variant ? { os, architecture: arch, variant } : { os, architecture: arch };
}

export function formatParsedPlatform(p: ParsedPlatform): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}
