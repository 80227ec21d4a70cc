/**
 * BuildKit's own parser corpus (ground truth §1.1–1.2), read from ../shared/conformance.
 * Positive cases: `dumpAst(ast) + "\n"` equals `result` byte for byte. Negative cases:
 * the parse fails. testfile-line: the line spans BuildKit's parser_test.go checks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpAst, parseDockerfile } from '../../../src/engine';

const repoRoot = resolve(import.meta.dirname, '../../..');
const corpus = resolve(repoRoot, '../shared/conformance/buildkit-parser');
const present = existsSync(corpus);

// Raw bytes decoded as UTF-8 without normalising line endings or stripping anything.
const read = (path: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path));
const cases = (dir: string) => (present ? readdirSync(join(corpus, dir)).sort() : []);

const title = present
  ? 'BuildKit parser conformance corpus'
  : 'BuildKit corpus not found at ../shared/conformance — not run';

describe(title, () => {
  it.skipIf(!present)('has the 33 positive and 4 negative cases the ground truth lists', () => {
    expect(cases('testfiles')).toHaveLength(33);
    expect(cases('testfiles-negative')).toHaveLength(4);
  });

  describe('positive cases: dump matches result byte for byte', () => {
    for (const name of present ? cases('testfiles') : ['(corpus missing)']) {
      it.skipIf(!present)(name, () => {
        const result = parseDockerfile(read(join(corpus, 'testfiles', name, 'Dockerfile')));
        if (!result.ok) throw new Error(`unexpected parse error: ${result.error.message}`);
        expect(dumpAst(result.ast) + '\n').toBe(read(join(corpus, 'testfiles', name, 'result')));
      });
    }
  });

  describe('negative cases: parsing fails', () => {
    const expected: Record<string, string> = {
      empty_dockerfile: 'file with no instructions',
      only_comments: 'file with no instructions',
      env_no_value: 'ENV must have two arguments',
      'shykes-nested-json':
        'when using JSON array syntax, arrays must be comprised of strings only',
    };
    for (const name of present ? cases('testfiles-negative') : ['(corpus missing)']) {
      it.skipIf(!present)(name, () => {
        const result = parseDockerfile(
          read(join(corpus, 'testfiles-negative', name, 'Dockerfile')),
        );
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toBe(expected[name]);
      });
    }
  });

  it.skipIf(!present)('testfile-line: root 5–31, children (5,5), (11,12), (17,31)', () => {
    const result = parseDockerfile(read(join(corpus, 'testfile-line', 'Dockerfile')));
    if (!result.ok) throw new Error(result.error.message);
    expect([result.ast.startLine, result.ast.endLine]).toEqual([5, 31]);
    expect(result.ast.children.map((c) => [c.startLine, c.endLine])).toEqual([
      [5, 5],
      [11, 12],
      [17, 31],
    ]);
  });
});
