import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs, splitCommandLine } from '../../../src/engine/cli/args';
import { EngineError } from '../../../src/engine/errors';
import { build, ps, run, stop } from './args-fixtures';

const token = fc.oneof(
  fc.constantFrom(
    '-t',
    '--tag',
    '-it',
    '-itd',
    '--rm',
    '--rm=false',
    '--',
    '-',
    '',
    '.',
    '-h',
    '--help',
    '-é',
    '--=',
    '---x',
    '-t=',
    '-q=',
    '--foo',
    '-x',
    '--stop-timeout',
    '-e',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string().map((s) => `-${s}`),
  fc.string().map((s) => `--${s}`),
  fc.string().map((s) => `"${s}'`),
);

describe('parseArgs never throws', () => {
  it('returns a result or an EngineError for random argv', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(build, run, ps, stop),
        fc.array(token, { maxLength: 12 }),
        fc.constantFrom('modern', 'legacy') as fc.Arbitrary<'modern' | 'legacy'>,
        (spec, argv, era) => {
          const r = parseArgs(spec, argv, { era });
          if (r instanceof EngineError) {
            expect(r.message.length).toBeGreaterThan(0);
            expect([1, 125]).toContain(r.exitCode);
          } else {
            expect(Array.isArray(r.positionals)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles 100 KB tokens', () => {
    const huge = 'x'.repeat(100_000);
    for (const argv of [
      [huge],
      [`--${huge}`],
      [`-${huge}`],
      ['-t', huge, '.'],
      [`--tag=${huge}`, '.'],
    ]) {
      const r = parseArgs(build, argv);
      expect(r instanceof EngineError || Array.isArray(r.positionals)).toBe(true);
    }
  });
});

describe('splitCommandLine never throws', () => {
  it('returns words or an EngineError for random lines', () => {
    const line = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom(
            '"',
            "'",
            '\\',
            '$',
            '${',
            '}',
            '$(',
            ')',
            '`',
            ' ',
            '\n',
            '|',
            '&&',
            '#',
            '~',
            'a',
            'é',
            "$'",
          ),
          { maxLength: 40 },
        )
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(line, (text) => {
        const r = splitCommandLine(text, { HOME: '/root', A: 'x y' });
        expect(r instanceof EngineError || Array.isArray(r)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles a 100 KB line of every kind', () => {
    const chunks = ['a ', '"b c" ', "'d' ", '$A ', '\\ ', '${B:-z} ', 'é😀 '];
    for (const c of chunks) {
      const line = c.repeat(Math.ceil(100_000 / c.length));
      const r = splitCommandLine(line, { A: '1' });
      expect(Array.isArray(r)).toBe(true);
    }
    expect(splitCommandLine(`"${'x'.repeat(100_000)}`)).toBeInstanceOf(EngineError);
    expect(Array.isArray(splitCommandLine('$('.repeat(20_000)))).toBe(false);
  });
});
