/**
 * Looking images up in the catalog by reference: `node`, `node:22`, `library/node`,
 * `docker.io/library/node:22`, `node@sha256:…`, `node:22@sha256:…` (the digest wins, as in
 * Docker), and distroless unsuffixed aliases. Invalid references throw InvalidReferenceError.
 */
import { CATALOG } from './catalog';
import { fullName, parseReference, withDefaultTag } from './reference';
import { ReservedImageNameError } from './errors';
import type { CatalogImage, ImageFacts } from './types';

let byTag: Map<string, CatalogImage> | undefined;
let byDigest: Map<string, CatalogImage> | undefined;

function index(): [Map<string, CatalogImage>, Map<string, CatalogImage>] {
  if (!byTag || !byDigest) {
    byTag = new Map();
    byDigest = new Map();
    for (const image of CATALOG) {
      for (const { repository, tags } of [image, ...image.aliases]) {
        for (const tag of tags) byTag.set(`${repository}:${tag}`, image);
        byDigest.set(`${repository}@${image.digest}`, image);
      }
    }
  }
  return [byTag, byDigest];
}

/** The catalog image a reference names, or undefined when the registry has no such image. */
export function resolveImage(reference: string): CatalogImage | undefined {
  const ref = withDefaultTag(parseReference(reference));
  const [tags, digests] = index();
  const name = fullName(ref);
  if (ref.digest) return digests.get(`${name}@${ref.digest}`);
  return tags.get(`${name}:${ref.tag}`);
}

/** Like resolveImage, but refuses `scratch` the way `docker pull scratch` does. */
export function resolvePullable(reference: string): CatalogImage | undefined {
  const image = resolveImage(reference);
  if (image && !image.pullable) throw new ReservedImageNameError();
  return image;
}

export function listCatalog(): readonly CatalogImage[] {
  return CATALOG;
}

/** What build checks and hints need to know about a base image, without the bulk. */
export interface ImageFactsSummary extends Omit<ImageFacts, 'users'> {
  readonly reference: string;
  readonly user: string;
  readonly workingDir: string;
  readonly entrypoint: readonly string[] | null;
  readonly cmd: readonly string[] | null;
  readonly hasNpm: boolean;
  readonly users: ImageFacts['users'];
  readonly isScratch: boolean;
}

export function imageFacts(reference: string): ImageFactsSummary | undefined {
  const image = resolveImage(reference);
  if (!image) return undefined;
  const tag = image.tags[0]!;
  return {
    ...image.facts,
    reference: `${image.repository}:${tag}`,
    user: image.config.User,
    workingDir: image.config.WorkingDir,
    entrypoint: image.config.Entrypoint,
    cmd: image.config.Cmd,
    hasNpm: typeof image.facts.runtimes.npm === 'string',
    isScratch: !image.pullable,
  };
}
