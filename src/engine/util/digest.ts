/**
 * Content digests in the OCI form `sha256:<64 hex>`. The simulator derives every image id,
 * manifest digest and layer digest from content with these, so the same input always
 * gives the same id, across runs and between the browser and Node.
 */
import { sha256Hex } from './sha256';

export type Digest = `sha256:${string}`;

export function digestOf(text: string): Digest {
  return `sha256:${sha256Hex(text)}`;
}

/** Docker's TruncateID: drop `sha256:` and keep 12 characters (ground truth §2.14). */
export function shortId(digest: string): string {
  const hex = digest.startsWith('sha256:') ? digest.slice('sha256:'.length) : digest;
  return hex.slice(0, 12);
}

export function isDigest(value: string): value is Digest {
  return /^sha256:[a-f0-9]{64}$/.test(value);
}
