/**
 * Mounting a base image: the catalog's rootfs entries become one read-only layer, built by the
 * programs module's adapter so binaries keep the `program:<name>` tags the programs look up.
 * The catalog lists only the paths that matter (shells, libc, users…), so the image's SIZE
 * comes from its history; the builder adds new layer sizes on top of the catalog size.
 */
import { Snapshot } from '../fs';
import type { CatalogImage } from '../images/types';
import { rootfsLayer } from '../programs/image-fs';

const mounted = new Map<string, Snapshot>();

/** The image's root filesystem as a one-layer Snapshot, built once per image id. */
export function mountCatalogImage(image: CatalogImage): Snapshot {
  let snapshot = mounted.get(image.id);
  if (!snapshot) {
    snapshot = image.rootfs.length === 0 ? Snapshot.empty() : Snapshot.of([rootfsLayer(image)]);
    mounted.set(image.id, snapshot);
  }
  return snapshot;
}
