import { describe, expect, it } from 'vitest';
import { isFullId, stripSha256, truncateId, withSha256 } from '../../../src/engine/format/ids';
import { goQuote, goQuoteRune } from '../../../src/engine/format/go-quote';
import { displayWidth, ellipsis } from '../../../src/engine/format/truncate';

const FULL = '65e9b1eb2e7829eb7cd399d7aaba9b51338895b37ec4a3880101476fed06ec99';

describe('ids', () => {
  it('truncates to 12 characters and drops sha256:', () => {
    expect(truncateId(`sha256:${FULL}`)).toBe('65e9b1eb2e78');
    expect(truncateId(FULL)).toBe('65e9b1eb2e78');
    expect(truncateId('abc')).toBe('abc');
  });

  it('adds and strips the algorithm', () => {
    expect(stripSha256(`sha256:${FULL}`)).toBe(FULL);
    expect(withSha256(FULL)).toBe(`sha256:${FULL}`);
    expect(withSha256(`sha256:${FULL}`)).toBe(`sha256:${FULL}`);
    expect(isFullId(FULL)).toBe(true);
    expect(isFullId(`sha256:${FULL}`)).toBe(true);
    expect(isFullId('65e9b1eb2e78')).toBe(false);
  });
});

describe('goQuote', () => {
  it.each([
    ['/bin/bash', '"/bin/bash"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\\b', '"a\\\\b"'],
    ['tab\there\n', '"tab\\there\\n"'],
    ['\x00\x1b\x7f', '"\\x00\\x1b\\x7f"'],
    ['héllo 日本', '"héllo 日本"'],
    ['\u200b', '"\\u200b"'],
  ])('%s', (s, q) => expect(goQuote(s)).toBe(q));

  it('quotes runes', () => {
    expect(goQuoteRune('x')).toBe("'x'");
    expect(goQuoteRune("'")).toBe("'\\''");
    expect(goQuoteRune('Ã')).toBe("'Ã'");
  });
});

describe('ellipsis', () => {
  it('cuts docker ps COMMAND to 20 columns (§2.8)', () => {
    expect(ellipsis('docker-entrypoint.sh node server.js', 20)).toBe('docker-entrypoint.s…');
    expect(goQuote(ellipsis('docker-entrypoint.sh node', 20))).toBe('"docker-entrypoint.s…"');
    expect(ellipsis('/app/myapp', 20)).toBe('/app/myapp');
  });

  it('cuts history CREATED BY to 45 columns (§2.13)', () => {
    const cmd = 'RUN /bin/sh -c npm ci --omit=dev && npm cache clean --force # buildkit';
    const cut = ellipsis(cmd, 45);
    expect(cut).toBe('RUN /bin/sh -c npm ci --omit=dev && npm cach…');
    expect(Array.from(cut)).toHaveLength(45);
  });

  it('counts wide runes as two columns', () => {
    expect(displayWidth('日本')).toBe(4);
    expect(ellipsis('日本語のテキスト', 6)).toBe('日本…');
    expect(ellipsis('abc', 0)).toBe('');
    expect(ellipsis('abc', 1)).toBe('a');
  });
});
