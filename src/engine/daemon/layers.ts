/** The layers of an image as pull and push show them: 12-hex ids of layer digests. */
import { shortId } from '../util/digest';
import { digestOf } from '../util/digest';
import type { StoredImage } from './types';

export interface ImageLayer {
  readonly digest: string;
  readonly short: string;
  readonly size: number;
  readonly compressedSize: number;
}

export function layersOf(image: StoredImage): ImageLayer[] {
  return image.history
    .filter((h) => !h.emptyLayer)
    .map((h, i) => {
      const digest = h.digest ?? digestOf(`${image.id}:layer:${i}:${h.createdBy}`);
      return { digest, short: shortId(digest), size: h.size, compressedSize: h.compressedSize };
    });
}
