/**
 * `docker push` (ground truth §2.11): `The push refers to repository [...]`, one line per
 * layer (Preparing, then Pushed / Layer already exists / Mounted from …), then
 * `<tag>: digest: sha256:… size: N`. Pushing needs a login for the registry and a namespace
 * that is the logged-in user's; otherwise the registry denies it after Preparing.
 */
import {
  familiarName,
  familiarString,
  fullName,
  parseReference,
  withDefaultTag,
} from '../images/reference';
import { digestOf } from '../util/digest';
import type { Daemon } from './daemon';
import { layersOf } from './layers';
import { PushDeniedError, PushImageNotFoundError } from './push-errors';

export interface PushResult {
  readonly lines: readonly string[];
  /** Set when the registry refused: lines hold what was printed before the error. */
  readonly error?: PushDeniedError;
}

/** The registry's namespace rule: `<host>/<user>/…` where the user is logged in to host. */
function mayPush(daemon: Daemon, domain: string, path: string): boolean {
  const user = daemon.auth.userFor(domain);
  return user !== undefined && path.split('/')[0] === user && path.includes('/');
}

export function pushImage(daemon: Daemon, input: string, tty: boolean): PushResult {
  const ref = withDefaultTag(parseReference(input));
  const name = fullName(ref);
  const tagKey = `${name}:${ref.tag}`;
  const id = daemon.images.tagTarget(tagKey);
  const image = id ? daemon.images.get(id) : undefined;
  if (!image) {
    throw new PushImageNotFoundError(daemon.profile.store, familiarName(ref), familiarString(ref));
  }
  const lines = [`The push refers to repository [${name}]`];
  const layers = layersOf(image).reverse(); // docker lists the top layer first
  if (!tty || !mayPush(daemon, ref.domain, ref.path)) {
    for (const l of layers) lines.push(`${l.short}: Preparing`);
  }
  if (!mayPush(daemon, ref.domain, ref.path)) {
    return {
      lines,
      error: new PushDeniedError(daemon.profile.store, name, daemon.isLoggedIn(ref.domain)),
    };
  }
  for (const l of layers) {
    const source = daemon.registry.layerSource(l.digest);
    let status = 'Pushed';
    if (source?.repository === name) status = 'Layer already exists';
    else if (source) {
      const from = parseReference(source.repository);
      // Cross-repository mounts only happen inside one registry; the capture shows the path.
      if (from.domain === ref.domain) status = `Mounted from ${from.path}`;
    }
    lines.push(`${l.short}: ${status}`);
  }
  const digest = image.digest ?? digestOf(`manifest:${image.id}`);
  // uncertain: manifest size modelled as a schema2 manifest with one entry per layer.
  const size = 428 + 163 * layers.length;
  lines.push(`${ref.tag}: digest: ${digest} size: ${size}`);
  const repoDigest = `${name}@${digest}`;
  const pushed = { ...image, digest, repoTags: [], repoDigests: [repoDigest] };
  daemon.registry.store(tagKey, pushed);
  daemon.images.put({ ...image, digest, repoDigests: [...image.repoDigests, repoDigest] }, []);
  return { lines };
}
