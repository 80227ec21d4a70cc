/**
 * UTF-8 without TextEncoder (the engine's ES-only lib has none): one implementation for the
 * parser (BuildKit's flag extractor walks bytes), digests, file sizes and Go-style quoting.
 */

export function encodeUtf8(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // lone surrogate: not representable
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000)
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
  }
  return out;
}

/** Decodes bytes; each invalid sequence becomes U+FFFD, as Go does when ranging over a string. */
export function decodeUtf8(bytes: readonly number[], start = 0, end = bytes.length): string {
  const codes: number[] = [];
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      codes.push(b);
      i++;
      continue;
    }
    const lead = leadByte(b);
    if (!lead) {
      codes.push(0xfffd);
      i++;
      continue;
    }
    const [need, min] = lead;
    let cp = b & (0x3f >> need);
    let j = 1;
    for (; j <= need && i + j < end; j++) {
      const cont = bytes[i + j]!;
      if ((cont & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (cont & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      codes.push(0xfffd);
      i++;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else codes.push(cp);
    i += need + 1;
  }
  let out = '';
  for (let k = 0; k < codes.length; k += 8192) {
    out += String.fromCharCode(...codes.slice(k, k + 8192));
  }
  return out;
}

/** Continuation count and smallest valid code point for a UTF-8 lead byte. */
function leadByte(b: number): [number, number] | null {
  if (b >= 0xc2 && b <= 0xdf) return [1, 0x80];
  if (b >= 0xe0 && b <= 0xef) return [2, 0x800];
  if (b >= 0xf0 && b <= 0xf4) return [3, 0x10000];
  return null;
}

/** Go `string(rune(b))` for each byte: the Latin-1 reading of raw bytes. */
export function bytesAsLatin1(bytes: readonly number[]): string {
  let out = '';
  for (let k = 0; k < bytes.length; k += 8192) {
    out += String.fromCharCode(...bytes.slice(k, k + 8192));
  }
  return out;
}

/** Bytes `text` takes in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
