import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEngineError } from '../../../../src/engine/errors/engine-error';
import { box, sh } from '../helpers';

const TOKENS = [
  'echo',
  'cd',
  'ls',
  'cat',
  'rm -rf',
  'mkdir -p',
  'cp -r',
  'mv',
  'touch',
  'test',
  '[',
  ']',
  'true',
  'false',
  'exit',
  'set -e',
  'set -x',
  'export A=1',
  'A=b',
  '$A',
  '${A:-x}',
  '"$A"',
  "'q'",
  '"',
  "'",
  '\\',
  '&&',
  '||',
  ';',
  '|',
  'head -n 1',
  '>',
  '>>',
  '<',
  '2>&1',
  '<<EOF',
  'EOF',
  '\n',
  '(',
  ')',
  '{',
  '}',
  'if',
  'then',
  'else',
  'fi',
  'for',
  'in',
  'do',
  'done',
  'while',
  '$(',
  '`',
  '$((1+2))',
  '*',
  '/tmp',
  'x',
  '/nope',
  'npm ci',
  'apt-get update',
  'go build',
  'node x.js',
  'sh -c',
  'eval',
  'exec',
  '#',
  '~',
  '${',
  '}',
];

describe('shell robustness', () => {
  it('random lines never throw a non-EngineError and always finish', () => {
    const b = box('debian:bookworm-slim');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }), (tokens) => {
        try {
          const r = sh(b, tokens.join(' '), { budget: 2_000 });
          expect(Number.isInteger(r.code)).toBe(true);
        } catch (e) {
          if (!isEngineError(e)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('arbitrary strings never throw a non-EngineError', () => {
    const b = box('alpine:latest');
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (line) => {
        try {
          sh(b, line, { budget: 2_000 });
        } catch (e) {
          if (!isEngineError(e)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('recursion through eval and sh -c is stopped by the step budget', () => {
    const b = box('debian:bookworm-slim');
    b.vfs.writeFile('/loop.sh', '#!/bin/sh\n/loop.sh\n', { mode: 0o755 });
    const r = sh(b, '/loop.sh', { budget: 500 });
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('[stagecraft] stopped');
  });
});
