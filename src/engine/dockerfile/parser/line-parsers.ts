import { goQuote } from '../../format/go-quote';
import {
  isAsciiBlank,
  splitAsciiBlank,
  splitAsciiBlankOnce,
  trimLeftGoSpace,
} from '../text/go-strings';
import { parseWords } from './words';

/** Raised for parser-level argument errors; the message is BuildKit's bare text. */
export class LineParseError extends Error {}

export const NOT_STRING_ARRAY =
  'when using JSON array syntax, arrays must be comprised of strings only';

export interface ParsedArgs {
  readonly args: string[];
  readonly json: boolean;
}

const NONE: ParsedArgs = { args: [], json: false };

function replaceLoneSurrogates(text: string): string {
  // Go decodes a lone \uD800 escape to U+FFFD; JavaScript keeps the lone surrogate.
  return text.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

/**
 * BuildKit `parseJSON`: the rest must start with `[` and be one JSON array of strings.
 * Returns null when it is not valid JSON (the caller falls back to shell form); throws
 * for an array holding anything but strings, which BuildKit reports as a hard error.
 */
export function parseJsonArray(rest: string): string[] | null {
  const text = trimLeftGoSpace(rest);
  if (text.charCodeAt(0) !== 0x5b) return null; // '['
  let value: unknown;
  try {
    // uncertain: BuildKit ≥ 0.12 uses json.Unmarshal, which (like JSON.parse) rejects
    // trailing text after the array; older versions used a streaming decoder.
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') throw new LineParseError(NOT_STRING_ARRAY);
    out.push(replaceLoneSurrogates(item));
  }
  return out;
}

/** RUN, CMD, ENTRYPOINT, SHELL: a JSON array, else the whole rest as one string. */
export function parseMaybeJson(rest: string): ParsedArgs {
  if (rest === '') return NONE;
  const json = parseJsonArray(rest);
  if (json) return { args: json, json: true };
  return { args: [rest], json: false };
}

/** FROM, EXPOSE (and the fallback of ADD/COPY/VOLUME): blank-separated words. */
export function parseStringsWhitespaceDelimited(rest: string): ParsedArgs {
  if (rest === '') return NONE;
  return { args: splitAsciiBlank(rest), json: false };
}

/** ADD, COPY, VOLUME: a JSON array, else blank-separated words. */
export function parseMaybeJsonToList(rest: string): ParsedArgs {
  const json = parseJsonArray(rest);
  if (json) return { args: json, json: true };
  return parseStringsWhitespaceDelimited(rest);
}

/** USER, WORKDIR, MAINTAINER, STOPSIGNAL: the rest as one string. */
export function parseString(rest: string): ParsedArgs {
  return rest === '' ? NONE : { args: [rest], json: false };
}

/** ARG: each word as written (quotes kept), not split on `=`. */
export function parseNameOrNameVal(rest: string, escapeToken: string): ParsedArgs {
  return { args: parseWords(rest, escapeToken), json: false };
}

/**
 * ENV and LABEL: triplets (key, value, separator). `KEY value` (legacy) gives the rest of
 * the line as the value and separator `""`; `k=v k2=v2` gives separator `"="`.
 */
export function parseNameVal(rest: string, key: string, escapeToken: string): ParsedArgs {
  const words = parseWords(rest, escapeToken);
  if (words.length === 0) return NONE;
  if (!words[0]!.includes('=')) {
    const parts = splitAsciiBlankOnce(rest);
    if (parts.length < 2) throw new LineParseError(`${key} must have two arguments`);
    return { args: [parts[0], parts[1]!, ''], json: false };
  }
  const args: string[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) {
      // uncertain: text from BuildKit's line_parsers.go; not in the ground truth file.
      throw new LineParseError(
        `Syntax error - can't find = in ${goQuote(word)}. Must be of the form: name=value`,
      );
    }
    args.push(word.slice(0, eq), word.slice(eq + 1), '=');
  }
  return { args, json: false };
}

/**
 * HEALTHCHECK: the first word is the type (CMD, NONE…), the rest is parsed like CMD.
 * uncertain: Go scans bytes here, so a non-ASCII type word containing the UTF-8 bytes
 * 0x85 or 0xA0 would split differently; we only treat ASCII blanks (and NEL/NBSP) as blanks.
 */
export function parseHealthConfig(rest: string): ParsedArgs {
  let sep = 0;
  while (sep < rest.length && !isHealthSpace(rest.charCodeAt(sep))) sep++;
  let next = sep;
  while (next < rest.length && isHealthSpace(rest.charCodeAt(next))) next++;
  if (sep === 0) return NONE;
  const cmd = parseMaybeJson(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}

function isHealthSpace(c: number): boolean {
  return isAsciiBlank(c) || c === 0x0a || c === 0x85 || c === 0xa0;
}
