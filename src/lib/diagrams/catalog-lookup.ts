import { resolveImage, InvalidReferenceError, type CatalogImage } from '../../engine/index';
import { replaceVersionTokens } from '../markdown/version-tokens';

/** A picture names an image the simulator's catalog does not have: fails the site build. */
export class UnknownCatalogImageError extends Error {
  constructor(
    readonly component: string,
    readonly reference: string,
    detail?: string,
  ) {
    super(
      `${component}: no image "${reference}" in the simulator's catalog` +
        (detail ? ` (${detail})` : '') +
        '. Check the reference and its version tokens, or add the image to src/engine/images/catalog/.',
    );
    this.name = 'UnknownCatalogImageError';
  }
}

/** Resolves a lesson's image reference (version tokens replaced) or fails naming it. */
export function catalogImage(
  component: string,
  reference: string,
): { reference: string; image: CatalogImage } {
  const ref = replaceVersionTokens(reference);
  let image: CatalogImage | undefined;
  try {
    image = resolveImage(ref);
  } catch (e) {
    if (e instanceof InvalidReferenceError)
      throw new UnknownCatalogImageError(component, ref, e.message);
    throw e;
  }
  if (!image) throw new UnknownCatalogImageError(component, ref);
  return { reference: ref, image };
}
