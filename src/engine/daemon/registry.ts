/**
 * The simulated registries: the base-image catalog (read-only) plus whatever the learner
 * pushed. Resolving distinguishes "no such repository" from "no such tag", because Docker's
 * messages differ (§2.10).
 */
import { listCatalog, resolvePullable } from '../images/lookup';
import { fullName, withDefaultTag, type ImageReference } from '../images/reference';
import type { CatalogImage } from '../images/types';
import { storedFromCatalog } from './from-catalog';
import type { StoredImage } from './types';

export type Resolved =
  | { readonly kind: 'found'; readonly image: StoredImage; readonly catalog?: CatalogImage }
  | { readonly kind: 'no-repo' }
  | { readonly kind: 'no-tag' }
  | { readonly kind: 'login-required' };

export class SimRegistry {
  private pushed = new Map<string, StoredImage>();

  /** `ref` must already be parsed; a missing tag means `latest`. Throws for `scratch`. */
  resolve(input: ImageReference, loggedIn: (host: string) => boolean): Resolved {
    const ref = withDefaultTag(input);
    const name = fullName(ref);
    const key = ref.digest ? `${name}@${ref.digest}` : `${name}:${ref.tag}`;
    const catalog = resolvePullable(key);
    if (catalog) {
      if (catalog.requiresLogin && !loggedIn(ref.domain)) return { kind: 'login-required' };
      return { kind: 'found', image: storedFromCatalog(catalog, name), catalog };
    }
    if (ref.digest) {
      for (const img of this.pushed.values()) {
        if (img.repoDigests.includes(key)) return { kind: 'found', image: img };
      }
    } else {
      const img = this.pushed.get(key);
      if (img) return { kind: 'found', image: img };
    }
    return this.hasRepository(name) ? { kind: 'no-tag' } : { kind: 'no-repo' };
  }

  hasRepository(name: string): boolean {
    for (const img of listCatalog()) {
      if (img.repository === name || img.aliases.some((a) => a.repository === name)) return true;
    }
    for (const key of this.pushed.keys()) if (key.startsWith(`${name}:`)) return true;
    return false;
  }

  /** Which repository a layer is already in (catalog first), for `Mounted from …`. */
  layerSource(digest: string): { repository: string; pushed: boolean } | undefined {
    for (const [key, img] of this.pushed) {
      if (img.history.some((h) => h.digest === digest)) {
        return { repository: key.slice(0, key.lastIndexOf(':')), pushed: true };
      }
    }
    for (const img of listCatalog()) {
      if (img.history.some((h) => h.digest === digest)) {
        return { repository: img.repository, pushed: false };
      }
    }
    return undefined;
  }

  store(tag: string, image: StoredImage): void {
    this.pushed.set(tag, image);
  }

  pushedTags(): readonly string[] {
    return [...this.pushed.keys()];
  }

  checkpoint(): ReadonlyMap<string, StoredImage> {
    return new Map(this.pushed);
  }

  restore(state: ReadonlyMap<string, StoredImage>): void {
    this.pushed = new Map(state);
  }
}
