import { describe, expect, it } from 'vitest';
import { sha256Bytes, sha256Hex } from '../../../src/engine/util/sha256';
import { encodeUtf8 } from '../../../src/engine/util/utf8';
import { digestOf, isDigest, shortId } from '../../../src/engine/util/digest';

// NIST FIPS 180-2 / CAVP example vectors.
describe('sha256Hex', () => {
  it('hashes the empty string', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  it('hashes "abc"', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  it('hashes the 448-bit two-block message', () => {
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
  it('hashes one million "a"', () => {
    const bytes = new Uint8Array(1_000_000).fill(0x61);
    expect(sha256Hex(bytes)).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });
  it('handles lengths around the 55/56/64-byte padding boundaries', () => {
    // Values cross-checked with `printf %s … | sha256sum`.
    expect(sha256Hex('a'.repeat(55))).toBe(
      '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318',
    );
    expect(sha256Hex('a'.repeat(56))).toBe(
      'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a',
    );
    expect(sha256Hex('a'.repeat(64))).toBe(
      'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb',
    );
  });
  it('encodes non-ASCII text as UTF-8', () => {
    expect(encodeUtf8('é€😀')).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect(sha256Bytes(Uint8Array.from(encodeUtf8('é'))).length).toBe(32);
  });
});

describe('digestOf', () => {
  it('gives sha256:<64 hex>, stable for the same text', () => {
    const d = digestOf('node:22');
    expect(isDigest(d)).toBe(true);
    expect(digestOf('node:22')).toBe(d);
    expect(digestOf('node:24')).not.toBe(d);
  });
  it('truncates ids like docker', () => {
    expect(shortId(digestOf('abc'))).toBe('ba7816bf8f01');
    expect(shortId('ba7816bf8f01cfea414140de')).toBe('ba7816bf8f01');
  });
});
