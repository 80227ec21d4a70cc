import type { BaseImageFacts, ImageFactsLookup } from './types';

/**
 * Facts about a base image: from the injected lookup (the image catalog) first, and only
 * when it knows nothing, from a name heuristic. The heuristic exists so checks still give
 * useful advice for images outside the simulator's catalog; it looks only at well-known,
 * documented naming schemes (content ground truth §1.3, §3.1, §3.2).
 */
export function factsFor(reference: string, lookup?: ImageFactsLookup): BaseImageFacts | undefined {
  if (reference === 'scratch') return { hasShell: false, defaultUser: '' };
  let facts: BaseImageFacts | undefined;
  try {
    facts = lookup?.(reference);
  } catch {
    facts = undefined; // an invalid reference: the build reports it, not the checks
  }
  return facts ?? heuristicFacts(reference);
}

const NONROOT = '65532';

export function heuristicFacts(reference: string): BaseImageFacts | undefined {
  const at = reference.indexOf('@');
  const name = at >= 0 ? reference.slice(0, at) : reference;
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : 'latest';
  // distroless: only the :debug tags add a (busybox) shell; :nonroot runs as 65532.
  if (name.startsWith('gcr.io/distroless/')) {
    return { hasShell: tag.includes('debug'), defaultUser: tag.includes('nonroot') ? NONROOT : '' };
  }
  // Chainguard and Docker Hardened Images: runtime images have no shell and run as
  // nonroot; the -dev (and DHI -sdk) variants are the build images with a shell.
  if (name.startsWith('cgr.dev/chainguard/') || name.startsWith('dhi.io/')) {
    const dev = tag.includes('-dev') || tag === 'dev' || tag.includes('-sdk');
    return { hasShell: dev, defaultUser: dev ? '' : NONROOT };
  }
  return undefined;
}

/** `root`, `0`, `root:group`, `0:0` and an empty user all mean uid 0. */
export function isRootUser(user: string | undefined): boolean {
  if (user === undefined || user === '') return true;
  const name = user.split(':')[0]!;
  return name === 'root' || name === '0';
}
