/**
 * The local image store: images by id, and tags (fully normalised references such as
 * `docker.io/library/app:latest`) pointing at them. Implements the builder's ImageStore.
 * `repoTags` inside a stored object is ignored; the tag map is the truth, so moving a tag
 * never rewrites image records. Lookups follow moby's GetImage: full id, then reference
 * (tag or digest), then a unique id prefix.
 */
import { InvalidReferenceError } from '../images/errors';
import { fullName, parseReference, withDefaultTag } from '../images/reference';
import type { Digest } from '../util/digest';
import type { ImageStore, StoredImage } from './types';

export interface ImageStoreState {
  readonly images: ReadonlyMap<Digest, StoredImage>;
  readonly tags: ReadonlyMap<string, Digest>;
}

function tryParse(ref: string) {
  try {
    return withDefaultTag(parseReference(ref));
  } catch (e) {
    if (e instanceof InvalidReferenceError) return undefined;
    throw e;
  }
}

export class LocalImageStore implements ImageStore {
  private images = new Map<Digest, StoredImage>();
  private tags = new Map<string, Digest>();
  /** id → its tags, in tagging order (kept in step with `tags`). */
  private byId = new Map<Digest, string[]>();

  get(refOrId: string): StoredImage | undefined {
    const id = this.resolveId(refOrId);
    return id === undefined ? undefined : this.withTags(this.images.get(id)!);
  }

  /** The image id a reference, id or id prefix names. */
  resolveId(refOrId: string): Digest | undefined {
    const hex = refOrId.startsWith('sha256:') ? refOrId.slice(7) : refOrId;
    if (/^[a-f0-9]{64}$/.test(hex)) {
      const full = `sha256:${hex}` as Digest;
      if (this.images.has(full)) return full;
      for (const img of this.images.values()) if (img.digest === full) return img.id;
    }
    if (!refOrId.startsWith('sha256:')) {
      const ref = tryParse(refOrId);
      if (ref) {
        if (ref.digest) {
          const key = `${fullName(ref)}@${ref.digest}`;
          for (const img of this.images.values()) if (img.repoDigests.includes(key)) return img.id;
        } else {
          const id = this.tags.get(`${fullName(ref)}:${ref.tag}`);
          if (id) return id;
        }
      }
    }
    if (/^[a-f0-9]+$/.test(hex) && hex.length > 0) {
      // uncertain: moby accepts any unique prefix; an ambiguous one is reported as not found.
      const hits = [...this.images.values()].filter(
        (i) => i.id.startsWith(`sha256:${hex}`) || i.digest?.startsWith(`sha256:${hex}`),
      );
      if (hits.length === 1) return hits[0]!.id;
    }
    return undefined;
  }

  put(image: StoredImage, tags: readonly string[]): void {
    const old = this.images.get(image.id);
    const repoDigests = old
      ? [...new Set([...old.repoDigests, ...image.repoDigests])]
      : [...image.repoDigests];
    this.images.set(image.id, { ...image, repoTags: [], repoDigests });
    if (!this.byId.has(image.id)) this.byId.set(image.id, []);
    for (const tag of tags) this.tag(image.id, tag);
  }

  /** Points a normalised tag at an image, moving it off any other image. */
  tag(id: Digest, tag: string): void {
    const prev = this.tags.get(tag);
    if (prev === id) return;
    if (prev) this.untag(tag);
    this.tags.set(tag, id);
    this.byId.get(id)!.push(tag);
  }

  /** Removes a tag; the image stays (dangling if it was its last tag). */
  untag(tag: string): Digest | undefined {
    const id = this.tags.get(tag);
    if (!id) return undefined;
    this.tags.delete(tag);
    const list = this.byId.get(id)!;
    list.splice(list.indexOf(tag), 1);
    return id;
  }

  /** Removes an image and its tags. */
  delete(id: Digest): void {
    for (const tag of [...(this.byId.get(id) ?? [])]) this.untag(tag);
    this.images.delete(id);
    this.byId.delete(id);
  }

  tagsOf(id: Digest): readonly string[] {
    return this.byId.get(id) ?? [];
  }

  tagTarget(tag: string): Digest | undefined {
    return this.tags.get(tag);
  }

  list(): readonly StoredImage[] {
    return [...this.images.values()].map((i) => this.withTags(i));
  }

  get size(): number {
    return this.images.size;
  }

  private withTags(image: StoredImage): StoredImage {
    return { ...image, repoTags: [...(this.byId.get(image.id) ?? [])] };
  }

  /** A cheap copy of the state (records are immutable), for undoing a failed command. */
  checkpoint(): ImageStoreState {
    return { images: new Map(this.images), tags: new Map(this.tags) };
  }

  restore(state: ImageStoreState): void {
    this.images = new Map(state.images);
    this.tags = new Map();
    this.byId = new Map([...this.images.keys()].map((id) => [id, []]));
    for (const [tag, id] of state.tags) {
      this.tags.set(tag, id);
      this.byId.get(id)?.push(tag);
    }
  }
}
