/**
 * Docker image references, normalised exactly as docker/cli does it through
 * distribution/reference `ParseNormalizedNamed`:
 *   node                  → docker.io/library/node (tag latest added by `withDefaultTag`)
 *   user/app              → docker.io/user/app
 *   gcr.io/distroless/static-debian13:nonroot stays as it is
 *   name@sha256:…, name:tag@sha256:… keep both parts (Docker then resolves by digest)
 * and shown back in familiar form (`node:22`, `user/app`, `gcr.io/distroless/base`).
 */
import {
  DEFAULT_DOMAIN,
  DEFAULT_TAG,
  LEGACY_DEFAULT_DOMAIN,
  NAME_TOTAL_LENGTH_MAX,
  OFFICIAL_REPO_PREFIX,
  anchoredIdentifierRegexp,
  anchoredNameRegexp,
  referenceRegexp,
} from './reference-grammar';
import { InvalidReferenceError } from './errors';

export interface ImageReference {
  /** Registry host, `docker.io` for Docker Hub. */
  readonly domain: string;
  /** Repository path inside the registry, e.g. `library/node`, `distroless/base`. */
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

const HINT_FORMAT =
  'An image reference looks like [registry/][namespace/]name[:tag][@sha256:digest]; names use lowercase letters, digits and . _ - separators.';
const HINT_LOWERCASE =
  'Repository names must be all lowercase (tags may use capitals). Try the same name in lowercase.';

function fail(message: string, input: string, hint = HINT_FORMAT): never {
  throw new InvalidReferenceError(message, input, hint);
}

/** distribution/reference splitDockerDomain. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remote] = [DEFAULT_DOMAIN, maybeRemote];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, maybeRemote];
  // Upper-case namespaces are not allowed, so an upper-case first part must be a host.
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
  else [domain, remote] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_REPO_PREFIX + remote;
  return [domain, remote];
}

/** go-digest `Digest.Validate` for the one algorithm Docker registers (sha256). */
function validateDigest(digest: string, input: string): void {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  if (algorithm !== 'sha256') fail('unsupported digest algorithm', input);
  if (encoded.length !== 64) fail('invalid checksum digest length', input);
  if (!/^[a-f0-9]{64}$/.test(encoded)) fail('invalid checksum digest format', input);
}

/** ParseNormalizedNamed: throws InvalidReferenceError with Docker's exact message. */
export function parseReference(input: string): ImageReference {
  if (anchoredIdentifierRegexp.test(input)) {
    fail(
      `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`,
      input,
      'A bare 64-character hex string is an image ID, not a name. Use the ID directly where an image is expected, or tag it first.',
    );
  }
  const [domain, remainder] = splitDockerDomain(input);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) {
    fail(
      `invalid reference format: repository name (${remote}) must be lowercase`,
      input,
      HINT_LOWERCASE,
    );
  }
  const full = `${domain}/${remainder}`;
  const m = referenceRegexp.exec(full);
  if (!m) {
    const lower = full.toLowerCase();
    if (lower !== full && referenceRegexp.test(lower)) {
      fail('repository name must be lowercase', input, HINT_LOWERCASE);
    }
    fail('invalid reference format', input);
  }
  const nameMatch = anchoredNameRegexp.exec(m[1]!)!;
  const path = nameMatch[2]!;
  if (path.length > NAME_TOTAL_LENGTH_MAX) {
    fail(`repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`, input);
  }
  if (m[3] !== undefined) validateDigest(m[3], input);
  return {
    domain: nameMatch[1] ?? '',
    path,
    ...(m[2] !== undefined ? { tag: m[2] } : {}),
    ...(m[3] !== undefined ? { digest: m[3] } : {}),
  };
}

/** TagNameOnly: adds `latest` when there is neither tag nor digest. */
export function withDefaultTag(ref: ImageReference): ImageReference {
  return ref.tag === undefined && ref.digest === undefined ? { ...ref, tag: DEFAULT_TAG } : ref;
}

/** `docker.io/library/node` */
export function fullName(ref: ImageReference): string {
  return ref.domain ? `${ref.domain}/${ref.path}` : ref.path;
}

/** Docker UI form of the name: `node`, `user/app`, `gcr.io/distroless/base`. */
export function familiarName(ref: ImageReference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return fullName(ref);
  if (ref.path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = ref.path.slice(OFFICIAL_REPO_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return ref.path;
}

function withSuffixes(name: string, ref: ImageReference): string {
  return name + (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}

/** `docker.io/library/node:22` (BuildKit's `load metadata for …` form). */
export function referenceString(ref: ImageReference): string {
  return withSuffixes(fullName(ref), ref);
}

/** `node:22`, `gcr.io/distroless/static-debian13:nonroot`. */
export function familiarString(ref: ImageReference): string {
  return withSuffixes(familiarName(ref), ref);
}

/** Parse, add `latest` if needed, and give the fully qualified string. */
export function normalizeReference(input: string): string {
  return referenceString(withDefaultTag(parseReference(input)));
}
