import type { FsNode } from './node';
import { childPath, type ReadonlyTree } from './tree';

/**
 * Content hashes for the build cache. This is FNV-1a 64 (two 32-bit halves) over UTF-16 code
 * units: a fast, deterministic CACHE KEY, not a security digest. Image and layer digests use
 * SHA-256 (src/engine/util/sha256.ts).
 */
const PRIME_LO = 0x1b3; // the 64-bit FNV prime is 2^40 + 0x1b3
const TWO32 = 0x1_0000_0000;

export class Fnv64 {
  private hi = 0xcbf29ce4;
  private lo = 0x84222325;

  update(text: string): this {
    let { hi, lo } = this;
    for (let i = 0; i < text.length; i++) {
      lo ^= text.charCodeAt(i);
      lo >>>= 0;
      // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64, kept exact in doubles (< 2^53).
      const loMul = lo * PRIME_LO;
      const carry = Math.floor(loMul / TWO32);
      const newHi = (hi * PRIME_LO + carry + ((lo << 8) >>> 0)) >>> 0;
      lo = (loMul - carry * TWO32) >>> 0;
      hi = newHi;
    }
    this.hi = hi;
    this.lo = lo;
    return this;
  }

  digest(): string {
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }
}

export function hashString(text: string): string {
  return new Fnv64().update(text).digest();
}

/**
 * Hash of one node. mtime is left out on purpose (BuildKit ignores it, so touching a file
 * does not bust COPY's cache); the mode is in, because BuildKit's checksum covers it.
 * uncertain: uid/gid are left out (context files arrive as 0:0 anyway; --chown is part of
 * the instruction's own cache key).
 */
export function hashNode(node: FsNode): string {
  const h = new Fnv64().update(`${node.type}\0${node.mode.toString(8)}\0`);
  if (node.type === 'symlink') h.update(node.target);
  else if (node.type === 'file') {
    if (node.content !== undefined) h.update('c\0').update(node.content);
    else h.update(`s\0${node.size}\0${node.kind ?? ''}\0${node.fingerprint ?? ''}`);
  }
  return h.digest();
}

/** Hash of a whole tree below `root` (names, structure and contents; not mtimes). */
export function hashTree(tree: ReadonlyTree, root = '/'): string {
  const h = new Fnv64();
  const visit = (path: string, rel: string): void => {
    const node = tree.get(path);
    if (!node) return;
    h.update(`${rel}\0${hashNode(node)}\n`);
    if (node.type === 'dir') {
      for (const name of tree.list(path)) {
        visit(childPath(path, name), rel === '' ? name : `${rel}/${name}`);
      }
    }
  };
  visit(root, '');
  return h.digest();
}
