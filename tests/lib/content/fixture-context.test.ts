import { describe, expect, it } from 'vitest';
import { copiedSources, fixtureContext } from '../../../src/lib/content/fixture-context';

describe('copiedSources', () => {
  it('lists literal context sources, not stages, globs, URLs or the whole context', () => {
    const df = [
      'FROM node:24 AS build',
      'COPY package.json package-lock.json ./',
      'COPY --chown=1000 ./config/ /etc/app/',
      'COPY --from=build /app /app',
      'COPY *.js ./',
      'ADD https://example.com/x.tgz /x.tgz',
      'COPY . .',
      'COPY ["a b.txt", "/c"]',
    ].join('\n');
    expect(copiedSources(df)).toEqual(['package.json', 'package-lock.json', 'config/']);
  });
});

describe('fixtureContext', () => {
  it('gives a Node base an Express app with a lock file and a build script', () => {
    const files = fixtureContext('FROM gcr.io/distroless/nodejs24-debian13\nCOPY server.js .\n');
    expect(Object.keys(files).sort()).toEqual([
      'Dockerfile',
      'package-lock.json',
      'package.json',
      'server.js',
      'src/index.js',
    ]);
    expect(files['server.js']).toContain("require('express')");
    expect(JSON.parse(files['package.json']!).scripts.build).toBe(
      'mkdir -p build && cp src/index.js build/index.js',
    );
  });

  it('gives a golang base a module and a net/http main, with the requested Go version', () => {
    const files = fixtureContext('FROM golang:1.27 AS build\nFROM scratch\n', { go: '1.27' });
    expect(files['go.mod']).toBe('module example.com/myapp\n\ngo 1.27\n');
    expect(files['main.go']).toContain('"net/http"');
  });

  it('creates other copied files and names the Dockerfile as asked', () => {
    const files = fixtureContext('FROM alpine:3.24\nCOPY myapp /app/myapp\n', {
      dockerfileName: 'Dockerfile.single',
    });
    expect(files).toEqual({
      myapp: 'fixture\n',
      'Dockerfile.single': 'FROM alpine:3.24\nCOPY myapp /app/myapp\n',
    });
  });
});
