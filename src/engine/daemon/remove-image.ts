/**
 * `docker rmi` for one argument (ground truth §2.9). Untagging a name that other tags share
 * only untags; removing the last tag (or an id) deletes the image, unless a container (even a
 * stopped one) uses it. Returns the `Untagged:` / `Deleted:` lines; throws on conflict.
 */
import { shortId } from '../util/digest';
import { familiarString, fullName, parseReference, withDefaultTag } from '../images/reference';
import { InvalidReferenceError } from '../images/errors';
import type { Daemon } from './daemon';
import { ImageConflictError, NoSuchImageError } from './errors';
import { layersOf } from './layers';
import type { StoredImage } from './types';

const HINT_CONTAINER =
  'A container made from this image still exists (stopped containers count). Remove it with `docker rm` (find it with `docker ps -a`), or force with `docker rmi -f`.';

function familiar(tag: string): string {
  return familiarString(parseReference(tag));
}

/** The tag the argument names, if it is a reference to an existing tag. */
function tagNamed(daemon: Daemon, arg: string): string | undefined {
  try {
    const ref = withDefaultTag(parseReference(arg));
    if (ref.digest) return undefined;
    const key = `${fullName(ref)}:${ref.tag}`;
    return daemon.images.tagTarget(key) ? key : undefined;
  } catch (e) {
    if (e instanceof InvalidReferenceError) return undefined;
    throw e;
  }
}

function noSuchImage(arg: string): NoSuchImageError {
  try {
    return new NoSuchImageError(familiarString(withDefaultTag(parseReference(arg))));
  } catch {
    return new NoSuchImageError(arg);
  }
}

function deleteLines(daemon: Daemon, image: StoredImage): string[] {
  const id12 = image.id;
  if (daemon.profile.store === 'containerd') return [`Deleted: ${image.digest ?? id12}`];
  const lines = image.repoDigests.map((d) => `Untagged: ${familiar(d)}`);
  lines.push(`Deleted: ${image.id}`);
  const others = daemon.images.list().filter((i) => i.id !== image.id);
  const shared = new Set(others.flatMap((i) => layersOf(i).map((l) => l.digest)));
  for (const l of layersOf(image).reverse())
    if (!shared.has(l.digest)) lines.push(`Deleted: ${l.digest}`);
  return lines;
}

export function removeImage(daemon: Daemon, arg: string, force: boolean): string[] {
  const tag = tagNamed(daemon, arg);
  const id = tag ? daemon.images.tagTarget(tag)! : daemon.images.resolveId(arg);
  if (!id) throw noSuchImage(arg);
  const image = daemon.images.get(id)!;
  const users = daemon.containers.usingImage(id);
  const running = users.find((c) => c.state === 'running');
  const shown = daemon.profile.store === 'containerd' ? (image.digest ?? id) : id;
  const store = daemon.profile.store;

  if (tag) {
    const lines = [`Untagged: ${familiar(tag)}`];
    if (image.repoTags.length > 1) {
      daemon.images.untag(tag);
      return lines;
    }
    if (users.length > 0 && !force) {
      const c = users[0]!;
      throw new ImageConflictError(
        store === 'classic'
          ? `conflict: unable to remove repository reference "${arg}" (must force) - container ${shortId(c.id)} is using its referenced image ${shortId(shown)}`
          : `conflict: unable to delete ${familiar(tag)} (must be forced) - container ${shortId(c.id)} is using its referenced image ${shortId(shown)}`,
        HINT_CONTAINER,
      );
    }
    daemon.images.untag(tag);
    // A running container keeps a forced-away image alive, untagged.
    if (running) return lines;
    lines.push(...deleteLines(daemon, image));
    daemon.images.delete(id);
    return lines;
  }

  if (running) {
    throw new ImageConflictError(
      `conflict: unable to delete ${shortId(shown)} (cannot be forced) - image is being used by running container ${shortId(running.id)}`,
      'A running container uses this image. Stop and remove it first (`docker rm -f <container>`).',
    );
  }
  if (!force && users.length > 0) {
    throw new ImageConflictError(
      `conflict: unable to delete ${shortId(shown)} (must be forced) - image is being used by stopped container ${shortId(users[0]!.id)}`,
      HINT_CONTAINER,
    );
  }
  if (!force && image.repoTags.length > 1) {
    throw new ImageConflictError(
      `conflict: unable to delete ${shortId(shown)} (must be forced) - image is referenced in multiple repositories`,
      'Several tags point at this image. Remove them one by one (`docker rmi name:tag`), or force with `docker rmi -f <id>`.',
    );
  }
  const lines = image.repoTags.map((t) => `Untagged: ${familiar(t)}`);
  lines.push(...deleteLines(daemon, image));
  daemon.images.delete(id);
  return lines;
}
