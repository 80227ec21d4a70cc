/**
 * Share links: the workspace's files and command history in the URL fragment, as JSON →
 * deflate-raw → base64url. A link is untrusted input: the encoded and decoded sizes are
 * capped (the inflater stops reading past the cap, so a small "zip bomb" cannot grow), and
 * the JSON must match the schema before anything touches the learner's workspace.
 */
import { z } from '../../schemas/zod';
import { validFilePath } from './workspace';
import { SHARE_PREFIX } from './opening-hint';

export { SHARE_PREFIX };
export const MAX_ENCODED = 64 * 1024;
export const MAX_DECODED = 512 * 1024;
export const SHARE_VERSION = 1;

const filePath = z.string().refine(validFilePath, { message: 'not a workspace file path' });

export const shareSchema = z
  .object({
    v: z.literal(SHARE_VERSION),
    files: z.record(filePath, z.string()).refine((f) => Object.keys(f).length <= 100, {
      message: 'more than 100 files',
    }),
    history: z.array(z.string().max(2000)).max(500),
  })
  .strict();

export type SharedWorkspace = z.infer<typeof shareSchema>;

export type DecodeResult =
  | { readonly ok: true; readonly value: SharedWorkspace }
  | { readonly ok: false; readonly reason: string };

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const writer = stream.writable.getWriter();
  // Write errors surface through the reader; keep them from becoming unhandled rejections.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return stream.readable.getReader();
}

/** Reads the whole stream, or undefined once it grows past `limit` bytes. */
async function readCapped(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The fragment (without `#`) for a workspace: `share=<base64url>`. */
export async function encodeShare(value: SharedWorkspace): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const reader = await pipe(json, new CompressionStream('deflate-raw'));
  const packed = (await readCapped(reader, Number.POSITIVE_INFINITY))!;
  return SHARE_PREFIX + toBase64Url(packed);
}

/** Is this fragment (with or without `#`) a share link at all? */
export function isShareFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

/** Decodes a fragment; every failure is a reason a learner can read, never a throw. */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) return { ok: false, reason: 'This is not a share link.' };
  const text = body.slice(SHARE_PREFIX.length);
  if (text.length > MAX_ENCODED) {
    return {
      ok: false,
      reason: `The share link is too long (${text.length} characters; the limit is ${MAX_ENCODED}).`,
    };
  }
  const packed = fromBase64Url(text);
  if (!packed || packed.length === 0) {
    return { ok: false, reason: 'The share link is damaged: it is not valid base64url text.' };
  }
  let raw: Uint8Array | undefined;
  try {
    raw = await readCapped(await pipe(packed, new DecompressionStream('deflate-raw')), MAX_DECODED);
  } catch {
    return { ok: false, reason: 'The share link is damaged: its data does not decompress.' };
  }
  if (!raw) {
    return {
      ok: false,
      reason: `The share link unpacks to more than ${MAX_DECODED / 1024} KB, so it was not opened.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return { ok: false, reason: 'The share link is damaged: its data is not JSON.' };
  }
  const parsed = shareSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    // A bad file name is reported by zod as the record's key issue; say what was wrong with it.
    const inner = issue?.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
    return {
      ok: false,
      reason: `The share link is not a Stagecraft playground workspace${where}: ${inner ?? issue?.message ?? 'unexpected shape'}.`,
    };
  }
  return { ok: true, value: parsed.data };
}
