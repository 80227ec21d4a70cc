/**
 * Lexing facts of ground truth §1.4 (directives, escape, continuation, comments, flags,
 * JSON, line length, CRLF), each pinned to an exact dump or an exact message.
 */
import { describe, expect, it } from 'vitest';
import { DockerfileParseError, dumpAst, parseDockerfile } from '../../../src/engine';

function dump(text: string): string {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return dumpAst(result.ast);
}

function failure(text: string): DockerfileParseError {
  const result = parseDockerfile(text);
  if (result.ok) throw new Error('expected a parse error');
  expect(result.error).toBeInstanceOf(DockerfileParseError);
  expect(result.error.code).toBe('DOCKERFILE_PARSE');
  return result.error;
}

describe('parser directives', () => {
  it('reads syntax, escape and check at the top, case-insensitive keys, blanks around =', () => {
    const result = parseDockerfile(
      '# syntax = docker/dockerfile:1\n# ESCAPE=`\n#check=skip=JSONArgsRecommended;error=true\nFROM a\n',
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.ast.directives).toEqual({
      syntax: 'docker/dockerfile:1',
      escapeToken: '`',
      check: 'skip=JSONArgsRecommended;error=true',
    });
  });

  it('stops at the first line that is not a directive', () => {
    const result = parseDockerfile('# a comment\n# escape=`\nFROM a\nRUN x \\\ny\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.ast.directives.escapeToken).toBe('\\');
    expect(dumpAst(result.ast)).toBe('(from "a")\n(run "x y")');
  });

  it('rejects a repeated directive with the key in lower case', () => {
    const error = failure('# escape=\\\n# Escape=`\nFROM a\n');
    expect(error.message).toBe('only one escape parser directive can be used');
  });

  it('rejects an escape token other than \\ and `', () => {
    expect(failure('# escape=x\nFROM a\n').message).toBe(
      "invalid escape token 'x' does not match ` or \\",
    );
  });

  it('strips a UTF-8 BOM from line 1 so the directive still counts', () => {
    const result = parseDockerfile('\ufeff# escape=`\nFROM a `\n  AS b\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.ast.directives.escapeToken).toBe('`');
    expect(dumpAst(result.ast)).toBe('(from "a" "AS" "b")');
  });

  it('accepts a syntax directive after a shebang line for syntax detection', () => {
    const result = parseDockerfile(
      '#!/usr/bin/env docker\n# syntax=docker/dockerfile:1.7\nFROM a\n',
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.ast.directives.syntax).toBe('docker/dockerfile:1.7');
  });
});

describe('escape token and line continuation', () => {
  it('keeps blanks before the token and the indentation of continuation lines (continueIndent)', () => {
    expect(dump('RUN echo hello\\\n  world\\\n  goodnight  \\\n  moon\\\n  light\\\nning\n')).toBe(
      '(run "echo hello  world  goodnight    moon  lightning")',
    );
  });

  it('allows blanks after the token', () => {
    expect(dump('RUN echo hello  \\  \nworld\n')).toBe('(run "echo hello  world")');
  });

  it('does not continue when the token is itself escaped (trailing-backslash)', () => {
    expect(dump('ENV C trailing\\\\backslash\\\\\nENV D x\n')).toBe(
      '(env "C" "trailing\\\\\\\\backslash\\\\\\\\" "")\n(env "D" "x" "")',
    );
  });

  it('ends the instruction at EOF after a dangling continuation (continue-at-eof)', () => {
    expect(dump('FROM alpine:3.5\n\nRUN something \\')).toBe(
      '(from "alpine:3.5")\n(run "something")',
    );
  });

  it('keeps tabs on continuation lines; they dump as \\t', () => {
    expect(dump('RUN a \\\n\tb\n')).toBe('(run "a \\tb")');
  });

  it('uses the backtick as continuation with # escape=` and keeps \\ literal', () => {
    expect(dump('# escape=`\nFROM image\nENV GOPATH `\n\\go\n')).toBe(
      '(from "image")\n(env "GOPATH" "\\\\go" "")',
    );
  });

  it('skips comment lines inside a continuation without a warning', () => {
    const result = parseDockerfile('RUN a \\\n# note\n  b\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(dumpAst(result.ast)).toBe('(run "a   b")');
    expect(result.ast.warnings).toEqual([]);
    expect(result.ast.children[0]).toMatchObject({ startLine: 1, endLine: 3 });
  });

  it('skips empty continuation lines and warns with BuildKit NoEmptyContinuation texts', () => {
    const result = parseDockerfile('FROM alpine\nRUN apk add \\\n\n    gnupg \\\n\n    curl\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(dumpAst(result.ast)).toBe('(from "alpine")\n(run "apk add     gnupg     curl")');
    expect(result.ast.warnings).toEqual([
      {
        rule: 'NoEmptyContinuation',
        message: 'Empty continuation line found in: RUN apk add     gnupg     curl',
        detail: 'Empty continuation lines will become errors in a future release',
        url: 'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/',
        line: 6,
      },
    ]);
  });
});

describe('comments', () => {
  it('treats # only at the start of a line (after blanks) as a comment', () => {
    expect(dump('  # indented comment\nRUN echo # not a comment\n')).toBe(
      '(run "echo # not a comment")',
    );
  });

  it('keeps comments directly above an instruction; a blank line ends the run', () => {
    const result = parseDockerfile('# old\n\n# build stage\n# second line\nFROM a AS build\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.ast.children[0]!.precedingComments).toEqual(['build stage', 'second line']);
  });

  it('does not count parser directives as preceding comments', () => {
    const result = parseDockerfile('# syntax=docker/dockerfile:1\nFROM a\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.ast.children[0]!.precedingComments).toEqual([]);
  });

  it('fails on a file with only comments', () => {
    expect(failure('# Hello\n# These are just comments\n\n').message).toBe(
      'file with no instructions',
    );
  });
});

describe('keywords and flags', () => {
  it('lower-cases keywords in the dump but keeps them as written on the node', () => {
    const result = parseDockerfile('From alpine As Build\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(dumpAst(result.ast)).toBe('(from "alpine" "As" "Build")');
    expect(result.ast.children[0]).toMatchObject({ keyword: 'from', keywordAsWritten: 'From' });
  });

  it('takes leading --words as flags, processes quotes, and drops a bare --', () => {
    expect(dump('COPY --doit=true -- foo /tmp/\n')).toBe('(copy ["--doit=true"] "foo" "/tmp/")');
    expect(dump('COPY --from="build stage" --chmod=0755 a b\n')).toBe(
      '(copy ["--from=build stage" "--chmod=0755"] "a" "b")',
    );
    expect(dump('RUN --mount=type=cache,target=/root/.npm --network=none npm ci\n')).toBe(
      '(run ["--mount=type=cache,target=/root/.npm" "--network=none"] "npm ci")',
    );
  });

  it('parses unknown instructions with one empty argument (the error comes later)', () => {
    expect(dump('FOO bar\n')).toBe('(foo "")');
  });

  it('nests ONBUILD triggers with their own flags', () => {
    expect(dump('ONBUILD COPY --from=build /a /b\n')).toBe(
      '(onbuild (copy ["--from=build"] "/a" "/b"))',
    );
  });
});

describe('JSON and shell forms', () => {
  it('splits a JSON array into one argument per element', () => {
    expect(dump('CMD ["a", "b"]\nENTRYPOINT []\n')).toBe('(cmd "a" "b")\n(entrypoint)');
  });

  it('falls back to shell form for invalid JSON', () => {
    expect(dump("CMD ['echo','single quotes are invalid JSON']\n")).toBe(
      "(cmd \"['echo','single quotes are invalid JSON']\")",
    );
    expect(dump('RUN ["echo", "unterminated\n')).toBe('(run "[\\"echo\\", \\"unterminated")');
  });

  it('rejects a JSON array holding anything but strings', () => {
    for (const text of ['CMD [ "echo", [ "nested json" ] ]\n', 'CMD ["a", 1]\n', 'RUN [null]\n']) {
      expect(failure(text).message).toBe(
        'when using JSON array syntax, arrays must be comprised of strings only',
      );
    }
  });

  it('splits ENV, LABEL and ARG as BuildKit does', () => {
    expect(dump('ENV a=1 b="x y"\nLABEL k v w\nARG abc="123 456" def\n')).toBe(
      '(env "a" "1" "=" "b" "\\"x y\\"" "=")\n(label "k" "v w" "")\n(arg "abc=\\"123 456\\"" "def")',
    );
  });

  it('fails on ENV with a key and no value', () => {
    const error = failure('FROM busybox\n\nENV PATH\n');
    expect(error.message).toBe('ENV must have two arguments');
    expect([error.startLine, error.endLine]).toEqual([3, 3]);
  });
});

describe('line handling', () => {
  it('accepts CRLF line endings', () => {
    const result = parseDockerfile('FROM a\r\nRUN x \\\r\n  y\r\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(dumpAst(result.ast)).toBe('(from "a")\n(run "x   y")');
    expect(result.ast.children.map((c) => [c.startLine, c.endLine])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });

  it('accepts a 65535-byte line and rejects a 65536-byte one', () => {
    const ok = parseDockerfile(`FROM a\nRUN ${'x'.repeat(65535 - 4)}\n`);
    expect(ok.ok).toBe(true);
    const error = failure(`FROM a\nRUN ${'x'.repeat(65536 - 4)}\n`);
    expect(error.message).toBe('dockerfile line greater than max allowed size of 65535');
  });

  it('counts the limit in UTF-8 bytes', () => {
    // 21846 three-byte characters are 65538 bytes but only 21846 UTF-16 units.
    const error = failure(`FROM a\nRUN ${'☃'.repeat(21846)}\n`);
    expect(error.message).toBe('dockerfile line greater than max allowed size of 65535');
  });

  it('reports an empty file', () => {
    expect(failure('').message).toBe('file with no instructions');
  });
});
