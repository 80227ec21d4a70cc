import { describe, expect, it } from 'vitest';
import { imageFacts, resolveImage, resolvePullable } from '../../../src/engine/images/lookup';
import { InvalidReferenceError, ReservedImageNameError } from '../../../src/engine/images/errors';

describe('resolveImage', () => {
  it('normalises names and tags', () => {
    const node = resolveImage('node:22')!;
    expect(node.repository).toBe('docker.io/library/node');
    for (const r of [
      'library/node:22',
      'docker.io/library/node:22',
      'node:jod',
      'node:22.23.2',
      'node:22-bookworm',
    ]) {
      expect(resolveImage(r)).toBe(node);
    }
    expect(resolveImage('node')).toBe(resolveImage('node:26'));
    expect(resolveImage('node:lts')).toBe(resolveImage('node:24'));
    expect(resolveImage('node:14')!.facts.eol?.date).toBe('2023-04-30');
  });
  it('resolves by digest, and the digest wins over the tag', () => {
    const slim = resolveImage('node:22-slim')!;
    expect(resolveImage(`node@${slim.digest}`)).toBe(slim);
    expect(resolveImage(`node:22@${slim.digest}`)).toBe(slim);
    expect(resolveImage(`alpine@${slim.digest}`)).toBeUndefined();
  });
  it('returns undefined for unknown images and tags', () => {
    expect(resolveImage('node:99')).toBeUndefined();
    expect(resolveImage('myapp')).toBeUndefined();
  });
  it('throws Docker’s error for invalid references', () => {
    expect(() => resolveImage('Node')).toThrow(InvalidReferenceError);
    expect(() => resolveImage('Node')).toThrow(
      'invalid reference format: repository name (library/Node) must be lowercase',
    );
  });
  it('knows scratch but refuses to pull it', () => {
    expect(resolveImage('scratch')!.size).toBe(0);
    expect(() => resolvePullable('scratch')).toThrow(ReservedImageNameError);
    expect(() => resolvePullable('scratch')).toThrow(
      "Error response from daemon: 'scratch' is a reserved name",
    );
    expect(resolvePullable('alpine')).toBeDefined();
  });
});

describe('imageFacts', () => {
  it('tells which bases lack a shell', () => {
    expect(imageFacts('gcr.io/distroless/static-debian13')).toMatchObject({
      hasShell: false,
      shellPath: null,
      libc: 'none',
      defaultUser: '0',
    });
    expect(imageFacts('gcr.io/distroless/base:debug-nonroot')).toMatchObject({
      hasShell: true,
      shellPath: '/busybox/sh',
      defaultUser: '65532',
      workingDir: '/home/nonroot',
    });
    expect(imageFacts('node:22-alpine')).toMatchObject({
      libc: 'musl',
      shellKind: 'ash',
      hasNpm: true,
    });
    expect(imageFacts('node:22')).toMatchObject({
      libc: 'glibc',
      glibcVersion: '2.36',
      packageManager: 'apt',
    });
    expect(imageFacts('scratch')).toMatchObject({ isScratch: true, hasShell: false });
    expect(imageFacts('nope')).toBeUndefined();
  });
});

describe('the other families', () => {
  it('golang: cgo on in Debian images (gcc present), off on Alpine; 1.16 is EOL', () => {
    expect(imageFacts('golang:1.27')).toMatchObject({ cgoDefault: true, workingDir: '/go' });
    expect(imageFacts('golang:1.27-alpine')).toMatchObject({ cgoDefault: false, libc: 'musl' });
    expect(imageFacts('golang')!.runtimes.go).toBe('1.27.1');
    expect(imageFacts('golang:1.16')!.eol?.date).toBe('2022-03-15');
  });
  it('python, temurin, nginx', () => {
    expect(imageFacts('python:3.13-slim')!.runtimes.python).toBe('3.13.15');
    expect(imageFacts('eclipse-temurin:21-jre')!.runtimes).toMatchObject({
      java: '21',
      javaKind: 'jre',
    });
    expect(resolveImage('nginxinc/nginx-unprivileged:stable')!.config).toMatchObject({
      User: '101',
      ExposedPorts: { '8080/tcp': {} },
    });
  });
  it('Chainguard and DHI runtime images have no shell; -dev ones do', () => {
    expect(imageFacts('cgr.dev/chainguard/node')).toMatchObject({ hasShell: false, hasNpm: false });
    expect(imageFacts('cgr.dev/chainguard/node:latest-dev')).toMatchObject({
      hasShell: true,
      packageManager: 'apk',
    });
    expect(resolveImage('dhi.io/node:24')!.requiresLogin).toBe(true);
    expect(imageFacts('dhi.io/python:3.13-dev')).toMatchObject({
      hasShell: true,
      packageManager: 'apt',
    });
  });
});
