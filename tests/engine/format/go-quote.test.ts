import { describe, expect, it } from 'vitest';
import { goQuote, goQuoteSlice } from '../../../src/engine/format/go-quote';

describe('goQuote (Go strconv.Quote)', () => {
  it.each([
    ['', '""'],
    ['abc 123', '"abc 123"'],
    ['"q" \\', '"\\"q\\" \\\\"'],
    ['\x07\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
    ['\x00\x1b\x7f', '"\\x00\\x1b\\x7f"'],
    ['♥☃é', '"♥☃é"'],
    ['\u0085\u00a0\u200b\u2028', '"\\u0085\\u00a0\\u200b\\u2028"'],
    ['😀', '"😀"'],
    ['\u{e0001}', '"\\U000e0001"'],
    ['\ud800', '"\\xed\\xa0\\x80"'],
  ])('%j', (input, expected) => {
    expect(goQuote(input)).toBe(expected);
  });

  it('formats a string slice like %q', () => {
    expect(goQuoteSlice(['--user=me', '--doit=true'])).toBe('["--user=me" "--doit=true"]');
    expect(goQuoteSlice([])).toBe('[]');
  });
});
