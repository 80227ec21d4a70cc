import { describe, expect, it } from 'vitest';
import {
  familiarName,
  familiarString,
  normalizeReference,
  parseReference,
  referenceString,
  withDefaultTag,
} from '../../../src/engine/images/reference';
import { InvalidReferenceError } from '../../../src/engine/images/errors';

const D = 'sha256:' + 'ab'.repeat(32);

describe('normalisation (distribution/reference ParseNormalizedNamed)', () => {
  it.each([
    ['node', 'docker.io/library/node:latest'],
    ['node:22', 'docker.io/library/node:22'],
    ['library/node:22-slim', 'docker.io/library/node:22-slim'],
    ['docker.io/node', 'docker.io/library/node:latest'],
    ['index.docker.io/library/node:22', 'docker.io/library/node:22'],
    ['user/app', 'docker.io/user/app:latest'],
    ['user/app:1.0', 'docker.io/user/app:1.0'],
    ['gcr.io/distroless/static-debian13:nonroot', 'gcr.io/distroless/static-debian13:nonroot'],
    ['gcr.io/distroless/base', 'gcr.io/distroless/base:latest'],
    ['localhost/app', 'localhost/app:latest'],
    ['localhost:5000/app:dev', 'localhost:5000/app:dev'],
    ['cgr.dev/chainguard/node:latest-dev', 'cgr.dev/chainguard/node:latest-dev'],
    [`node@${D}`, `docker.io/library/node@${D}`],
    [`node:22@${D}`, `docker.io/library/node:22@${D}`],
    ['node:Latest', 'docker.io/library/node:Latest'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeReference(input)).toBe(expected);
  });

  it('keeps tag and digest apart', () => {
    expect(parseReference(`node:22@${D}`)).toEqual({
      domain: 'docker.io',
      path: 'library/node',
      tag: '22',
      digest: D,
    });
    expect(withDefaultTag(parseReference(`node@${D}`)).tag).toBeUndefined();
  });

  it.each([
    ['docker.io/library/node:22', 'node', 'node:22'],
    ['node', 'node', 'node'],
    ['user/app:1.0', 'user/app', 'user/app:1.0'],
    ['gcr.io/distroless/base', 'gcr.io/distroless/base', 'gcr.io/distroless/base'],
    ['docker.io/library/a/b', 'library/a/b', 'library/a/b'],
    [`node@${D}`, 'node', `node@${D}`],
  ])('familiar form of %s is %s', (input, name, full) => {
    const ref = parseReference(input);
    expect(familiarName(ref)).toBe(name);
    expect(familiarString(ref)).toBe(full);
  });

  it('gives the BuildKit metadata form', () => {
    expect(referenceString(withDefaultTag(parseReference('debian:bookworm-slim')))).toBe(
      'docker.io/library/debian:bookworm-slim',
    );
  });
});

describe('errors (exact texts)', () => {
  function errorOf(input: string): InvalidReferenceError {
    try {
      parseReference(input);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidReferenceError);
      return e as InvalidReferenceError;
    }
    throw new Error(`expected ${input} to be rejected`);
  }

  it.each([
    ['Node', 'invalid reference format: repository name (library/Node) must be lowercase'],
    ['user/App', 'invalid reference format: repository name (user/App) must be lowercase'],
    ['node:', 'invalid reference format'],
    ['node:22:slim', 'invalid reference format'],
    ['', 'invalid reference format'],
    ['-node', 'invalid reference format'],
    ['node@sha256:abc', 'invalid reference format'],
    ['node:' + 'x'.repeat(129), 'invalid reference format'],
    [`node@sha256:${'ab'.repeat(20)}`, 'invalid checksum digest length'],
    [`node@sha256:${'AB'.repeat(32)}`, 'invalid checksum digest format'],
    [`node@md5:${'ab'.repeat(16)}`, 'unsupported digest algorithm'],
    [
      'ab'.repeat(32),
      `invalid repository name (${'ab'.repeat(32)}), cannot specify 64-byte hexadecimal strings`,
    ],
    ['a/' + 'b'.repeat(260), 'repository name must not be more than 255 characters'],
  ])('%s → %s', (input, message) => {
    const err = errorOf(input);
    expect(err.message).toBe(message);
    expect(err.code).toBe('INVALID_REFERENCE');
    expect(err.data).toEqual({ reference: input });
    expect(err.hint.length).toBeGreaterThan(0);
  });

  it('treats an upper-case first component as a registry host, as Docker does', () => {
    expect(normalizeReference('User/app')).toBe('User/app:latest');
  });
});
