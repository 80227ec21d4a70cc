import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  isShareFragment,
  MAX_ENCODED,
  SHARE_PREFIX,
} from '../../../src/lib/playground/share-codec';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const link = (json: unknown) =>
  SHARE_PREFIX + b64url(deflateRawSync(Buffer.from(JSON.stringify(json))));

describe('share links', () => {
  it('round-trips files and history', async () => {
    const value = {
      v: 1 as const,
      files: { Dockerfile: 'FROM alpine\nCMD ["sh"]\n', 'src/index.js': 'console.log("é ✓")\n' },
      history: ['docker build -t app .', 'docker images'],
    };
    const fragment = await encodeShare(value);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment.slice(SHARE_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    expect(await decodeShare(`#${fragment}`)).toEqual({ ok: true, value });
  });

  it('refuses a fragment that is not a share link', async () => {
    expect(isShareFragment('#main')).toBe(false);
    expect(await decodeShare('#main')).toEqual({ ok: false, reason: 'This is not a share link.' });
  });

  it('refuses text that is not base64url', async () => {
    expect(await decodeShare(`${SHARE_PREFIX}abc$%`)).toEqual({
      ok: false,
      reason: 'The share link is damaged: it is not valid base64url text.',
    });
  });

  it('refuses corrupt compressed data', async () => {
    const good = await encodeShare({ v: 1, files: { Dockerfile: 'FROM alpine\n' }, history: [] });
    const corrupt =
      good.slice(0, SHARE_PREFIX.length) + 'AAAA' + good.slice(SHARE_PREFIX.length + 4, -6);
    const result = await decodeShare(corrupt);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(
      /^The share link is (damaged: its data does not decompress|damaged: its data is not JSON|not a Stagecraft playground workspace)/,
    );
    expect(await decodeShare(`${SHARE_PREFIX}____`)).toEqual({
      ok: false,
      reason: 'The share link is damaged: its data does not decompress.',
    });
  });

  it('refuses an oversized link before decoding it', async () => {
    expect(await decodeShare(SHARE_PREFIX + 'A'.repeat(MAX_ENCODED + 1))).toEqual({
      ok: false,
      reason: `The share link is too long (${MAX_ENCODED + 1} characters; the limit is ${MAX_ENCODED}).`,
    });
  });

  it('stops inflating past 512 KB (a small link that unpacks huge)', async () => {
    const bomb = link({ v: 1, files: { Dockerfile: 'x'.repeat(600 * 1024) }, history: [] });
    expect(bomb.length).toBeLessThan(MAX_ENCODED);
    expect(await decodeShare(bomb)).toEqual({
      ok: false,
      reason: 'The share link unpacks to more than 512 KB, so it was not opened.',
    });
  });

  it('refuses data that is not JSON', async () => {
    const notJson = SHARE_PREFIX + b64url(deflateRawSync(Buffer.from('hello, not json')));
    expect(await decodeShare(notJson)).toEqual({
      ok: false,
      reason: 'The share link is damaged: its data is not JSON.',
    });
  });

  it('refuses foreign JSON, naming where it differs', async () => {
    expect(await decodeShare(link({ hello: 'world' }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /^The share link is not a Stagecraft playground workspace \(at v\):/,
      ),
    });
    expect(await decodeShare(link({ v: 1, files: { '../etc/passwd': 'x' }, history: [] }))).toEqual(
      {
        ok: false,
        reason:
          'The share link is not a Stagecraft playground workspace (at files.../etc/passwd): not a workspace file path.',
      },
    );
    expect(await decodeShare(link({ v: 1, files: {}, history: [], extra: 1 }))).toMatchObject({
      ok: false,
    });
  });
});
