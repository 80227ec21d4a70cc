/**
 * ARGs BuildKit defines without an ARG line (dockerfile2llb `defaultArgs`), for the
 * simulator's only platform, linux/amd64 (build and target are the same machine).
 *
 * They are *global* values: usable in FROM at once, but inside a stage only after a bare
 * `ARG TARGETARCH` re-declares them (docs: "Automatic platform ARGs in the global scope").
 * Every one can be overridden with `--build-arg`.
 */
export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

export function formatPlatform(p: Platform): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}

/**
 * In BuildKit's order. `*OSVERSION` and `TARGETSTAGE` are recent additions.
 * uncertain: the exact BuildKit release that added BUILDOSVERSION/TARGETOSVERSION/TARGETSTAGE
 * is not in the ground truth; they are present in the current dockerfile2llb.
 */
export function platformArgs(
  targetStage: string,
  target: Platform = DEFAULT_PLATFORM,
  build: Platform = DEFAULT_PLATFORM,
): [string, string][] {
  return [
    ['BUILDPLATFORM', formatPlatform(build)],
    ['BUILDOS', build.os],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', build.architecture],
    ['BUILDVARIANT', build.variant ?? ''],
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant ?? ''],
    ['TARGETSTAGE', targetStage],
  ];
}

/**
 * Proxy ARGs (docs "Predefined ARGs"): accepted by `--build-arg` without an ARG line, in
 * either case. BuildKit does not put them in the expansion scope; it hands them to RUN
 * as proxy settings and keeps them out of the image history.
 */
export const PROXY_ARG_NAMES = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
] as const;

/** The proxy settings a RUN step receives, matched case-insensitively as BuildKit does. */
export function proxyEnvFromBuildArgs(
  buildArgs: Readonly<Record<string, string>>,
): Map<string, string> | undefined {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(buildArgs)) {
    const upper = k.toUpperCase();
    if (PROXY_ARG_NAMES.includes(upper as (typeof PROXY_ARG_NAMES)[number])) out.set(upper, v);
  }
  return out.size > 0 ? out : undefined;
}
