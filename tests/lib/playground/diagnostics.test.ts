import { describe, expect, it } from 'vitest';
import {
  catalogFacts,
  dockerfileProblems,
  lineRange,
} from '../../../src/lib/playground/diagnostics';

describe('editor problems', () => {
  it('puts a shell-form CMD warning on its line, with rule, message and link', () => {
    const text = 'FROM node:24-slim\nUSER node\nCMD node index.js\n';
    expect(dockerfileProblems(text)).toEqual([
      {
        from: 28,
        to: 45,
        line: 3,
        severity: 'warning',
        rule: 'JSONArgsRecommended',
        message:
          'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
        url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
        source: 'buildkit',
      },
    ]);
  });

  it('reports the parse error docker build stops at', () => {
    expect(dockerfileProblems('FROM alpine\nFROOM x\n')).toEqual([
      {
        from: 12,
        to: 19,
        line: 2,
        severity: 'error',
        rule: 'parse',
        message:
          'dockerfile parse error on line 2: unknown instruction: FROOM (did you mean FROM?)',
        url: 'https://docs.docker.com/reference/dockerfile/',
        source: 'parse',
      },
    ]);
  });

  it('uses the catalog: distroless has no shell, node:24 runs as root', () => {
    const rules = dockerfileProblems(
      'FROM gcr.io/distroless/nodejs24-debian13\nCMD node app.js\n',
    ).map((p) => p.rule);
    expect(rules).toContain('stagecraft/shell-form-on-distroless');
    expect(catalogFacts('node:24')).toMatchObject({ hasShell: true, defaultUser: '' });
    expect(catalogFacts('no-such-image:1')).toBeUndefined();
  });

  it('turns a bad check directive into an error on line 1', () => {
    const [p] = dockerfileProblems('# check=skip=JSONArgsRecommended;bogus=1\nFROM alpine\n');
    expect(p).toMatchObject({ line: 1, severity: 'error', rule: 'parse' });
  });

  it('clamps line ranges to the text', () => {
    expect(lineRange('ab\ncd', 2)).toEqual({ from: 3, to: 5 });
    expect(lineRange('ab\ncd\n', 1, 2)).toEqual({ from: 0, to: 5 });
    expect(lineRange('ab', 0)).toEqual({ from: 0, to: 2 });
    expect(lineRange('ab', 9)).toEqual({ from: 0, to: 2 });
  });
});
