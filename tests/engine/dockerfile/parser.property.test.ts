/**
 * Whatever the input, parseDockerfileFull returns a result or a structured error and
 * never throws. (Linear growth is measured in tests/bench/parser.bench.ts, not here:
 * tests carry no timing assertions.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DockerfileParseError, dumpAst, parseDockerfileFull } from '../../../src/engine';

function assertTotal(text: string): void {
  let result: ReturnType<typeof parseDockerfileFull> | undefined;
  expect(() => {
    result = parseDockerfileFull(text);
  }).not.toThrow();
  if (result!.ok) {
    expect(typeof dumpAst(result!.ast)).toBe('string');
  } else {
    expect(result!.error).toBeInstanceOf(DockerfileParseError);
    expect(result!.error.message).not.toMatch(/^internal parser error/);
  }
}

// Fragments that exercise the interesting paths when glued together at random.
const fragment = fc.constantFrom(
  'FROM ',
  'RUN ',
  'COPY ',
  'ONBUILD ',
  'ENV ',
  'ARG ',
  'HEALTHCHECK ',
  'CMD ',
  'foo',
  '\\',
  '`',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '#',
  '# escape=`\n',
  '# syntax=x\n',
  '<<EOF',
  '<<-EOF',
  "<<'E'",
  'EOF\n',
  '[',
  ']',
  '"',
  "'",
  ',',
  '--from=',
  '--',
  '=',
  '$X',
  '${',
  '}',
  '\u00a0',
  '\u0085',
  '\ufeff',
  '☃',
);

describe('parser totality', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => assertTotal(s)),
      {
        numRuns: 400,
      },
    );
  });

  it('never throws on Dockerfile-like fragment soup', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 80 }), (parts) => assertTotal(parts.join(''))),
      { numRuns: 600 },
    );
  });

  it('never throws on arbitrary bytes decoded as UTF-8 or Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        assertTotal(new TextDecoder('utf-8').decode(bytes));
        assertTotal(new TextDecoder('latin1').decode(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 5 MB input', () => {
    const line = 'RUN echo "hello world" && ls -la /usr/local/bin # comment-ish text\n';
    const text = 'FROM alpine\n' + line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    const result = parseDockerfileFull(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.instructions.length).toBeGreaterThan(70_000);
  });

  it('handles 100,000 continuation lines in one instruction', () => {
    const text =
      'FROM alpine\nRUN echo start \\\n' +
      '  && echo more \\\n'.repeat(100_000) +
      '  && echo end\n';
    const result = parseDockerfileFull(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.ast.children[1]).toMatchObject({ startLine: 2, endLine: 100_003 });
    }
  });

  it('handles thousands of nested ONBUILD keywords on one line', () => {
    const text = 'FROM a\n' + 'ONBUILD '.repeat(8000) + 'RUN x\n';
    const result = parseDockerfileFull(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        "dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
      );
    }
  });

  it.each([
    ['FROM a\nRUN <<EOF\n' + 'line\n'.repeat(10_000), 'unterminated heredoc'],
    ['FROM a\nCOPY <<A <<B /x\nA\n', 'unterminated heredoc'],
    ['FROM a\nCMD ["unterminated', null],
    ['FROM a\nRUN ' + '['.repeat(20_000) + '\n', null],
    ['FROM a\nRUN ' + '["x",'.repeat(10_000) + '\n', null],
  ])('unterminated heredocs and JSON: %#', (text, message) => {
    const result = parseDockerfileFull(text);
    if (message === null) expect(result.ok).toBe(true);
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toBe(message);
    }
  });
});
