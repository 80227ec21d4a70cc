/**
 * Image and container IDs as docker prints them (ground truth §2.7, §2.14: TruncateID).
 * Container name generation lives elsewhere.
 */

const SHORT_LEN = 12;
const HEX64 = /^[0-9a-f]{64}$/;

/** docker `stringid.TruncateID`: drop an `algo:` prefix, keep 12 characters. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const hex = colon >= 0 ? id.slice(colon + 1) : id;
  return hex.length > SHORT_LEN ? hex.slice(0, SHORT_LEN) : hex;
}

/** `sha256:<hex>` → `<hex>`; other strings unchanged. */
export function stripSha256(id: string): string {
  return id.startsWith('sha256:') ? id.slice(7) : id;
}

/** `<hex>` → `sha256:<hex>`; an already-prefixed digest is unchanged. */
export function withSha256(id: string): string {
  return id.startsWith('sha256:') ? id : `sha256:${id}`;
}

/** True for a full 64-hex ID, with or without `sha256:`. */
export function isFullId(id: string): boolean {
  return HEX64.test(stripSha256(id));
}
