import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEngineError } from '../../../../src/engine';
import { processWord, processWords } from '../../../../src/engine/dockerfile/expand';

// Words built from the characters the lexer treats specially, so the generator reaches
// every branch (nested ${…}, quotes, escapes, patterns) far more often than random text.
const special = fc.constantFrom(
  '$',
  '{',
  '}',
  ':',
  '-',
  '+',
  '?',
  '#',
  '%',
  '/',
  '\\',
  '`',
  "'",
  '"',
  '*',
  ' ',
  'A',
  'B',
  '_',
  '1',
  '@',
  '\n',
  '😀',
);
const word = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(special, { maxLength: 40 }).map((a) => a.join('')),
);
const env = fc.dictionary(fc.constantFrom('A', 'B', 'AB', '_', '1'), fc.string({ maxLength: 8 }));

describe('expansion on arbitrary input', () => {
  it('returns or throws an EngineError, never anything else', () => {
    fc.assert(
      fc.property(
        word,
        env,
        fc.constantFrom<'\\' | '`'>('\\', '`'),
        fc.boolean(),
        (w, e, escapeToken, skipUnsetEnv) => {
          for (const run of [
            () => processWord(w, e, { escapeToken, skipUnsetEnv }),
            () => processWords(w, e),
          ]) {
            try {
              run();
            } catch (err) {
              expect(isEngineError(err)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('terminates on long pathological patterns', () => {
    const value = 'a'.repeat(2000);
    expect(processWord('${V//*a*/b}${V%%*a}${V#**********b}', { V: value }).result).toBe(
      'b' + value,
    );
  });
});
