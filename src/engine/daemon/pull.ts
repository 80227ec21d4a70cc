/**
 * `docker pull` as the daemon streams it (ground truth §2.10): `<tag>: Pulling from <path>`,
 * per-layer statuses, `Digest:` and `Status:`. Progress-bar lines are left out: in a TTY they
 * are redrawn in place and end as `Pull complete`; piped, docker drops them.
 */
import {
  familiarString,
  fullName,
  parseReference,
  referenceString,
  withDefaultTag,
  type ImageReference,
} from '../images/reference';
import type { Daemon } from './daemon';
import { ManifestUnknownError, PullAccessDeniedError } from './errors';
import { layersOf } from './layers';
import type { StoredImage } from './types';

export interface PullResult {
  /** Daemon stream lines, in order. */
  readonly lines: readonly string[];
  readonly image: StoredImage;
  /** `docker.io/library/node:22`: the CLI's last line after a pull. */
  readonly reference: string;
  /** `node:22` */
  readonly familiar: string;
  readonly upToDate: boolean;
}

/** Pulls `input` (already validated by parseReference) into the local store. */
export function pullImage(daemon: Daemon, input: string, tty: boolean): PullResult {
  const parsed: ImageReference = parseReference(input);
  const ref = withDefaultTag(parsed);
  const store = daemon.profile.store;
  const name = fullName(ref);
  const familiar = familiarString(ref);
  const found = daemon.registry.resolve(ref, (host) => daemon.isLoggedIn(host));
  const familiarRepo = familiarString({ domain: ref.domain, path: ref.path });
  if (found.kind === 'no-repo' || found.kind === 'login-required') {
    throw new PullAccessDeniedError(familiarRepo, store);
  }
  if (found.kind === 'no-tag')
    throw new ManifestUnknownError(familiar, referenceString(ref), store);

  const image = found.image;
  const tagKey = ref.tag !== undefined && !ref.digest ? `${name}:${ref.tag}` : undefined;
  const local = daemon.images.get(image.id);
  const upToDate =
    local !== undefined && (tagKey === undefined || daemon.images.tagTarget(tagKey) === image.id);
  const lines = [`${ref.digest ?? ref.tag}: Pulling from ${ref.path}`];
  if (!upToDate) {
    const have = new Set<string>();
    for (const img of daemon.images.list()) for (const l of layersOf(img)) have.add(l.digest);
    const layers = layersOf(image);
    const fresh = layers.filter((l) => !have.has(l.digest));
    if (tty) {
      for (const l of layers)
        lines.push(`${l.short}: ${have.has(l.digest) ? 'Already exists' : 'Pull complete'}`);
    } else {
      for (const l of layers) if (have.has(l.digest)) lines.push(`${l.short}: Already exists`);
      for (const l of fresh) lines.push(`${l.short}: Pulling fs layer`);
      for (const l of fresh) {
        if (store === 'classic') lines.push(`${l.short}: Verifying Checksum`);
        lines.push(`${l.short}: Download complete`);
      }
      for (const l of fresh) lines.push(`${l.short}: Pull complete`);
    }
  }
  const digest = image.digest ?? image.id;
  lines.push(`Digest: ${digest}`);
  lines.push(
    upToDate
      ? `Status: Image is up to date for ${familiar}`
      : `Status: Downloaded newer image for ${familiar}`,
  );
  const stored: StoredImage = {
    ...image,
    origin: image.origin === 'catalog' ? 'catalog' : 'pull',
    repoDigests: [`${name}@${digest}`],
  };
  daemon.images.put(stored, tagKey ? [tagKey] : []);
  return {
    lines,
    image: daemon.images.get(image.id)!,
    reference: referenceString(ref),
    familiar,
    upToDate,
  };
}
