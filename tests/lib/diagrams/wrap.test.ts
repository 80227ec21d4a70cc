import { describe, expect, it } from 'vitest';
import { truncate, wrapText } from '../../../src/lib/diagrams/index';

describe('wrapText', () => {
  it('breaks image references after / : -', () => {
    expect(wrapText('gcr.io/distroless/static-debian13:debug-nonroot', 20)).toEqual([
      'gcr.io/distroless/',
      'static-debian13:',
      'debug-nonroot',
    ]);
  });
  it('keeps short text whole, cuts overlong parts and breaks at spaces', () => {
    expect(wrapText('node:24', 20)).toEqual(['node:24']);
    expect(wrapText('abcdefghijklmnopqrstuvwxyz', 10)).toEqual([
      'abcdefghij',
      'klmnopqrst',
      'uvwxyz',
    ]);
    expect(wrapText('FROM node:24', 8)).toEqual(['FROM', 'node:24']);
  });
});

describe('truncate', () => {
  it('adds an ellipsis only when the text is too long', () => {
    expect(truncate('/app/build', 20)).toBe('/app/build');
    expect(truncate('/app/node_modules', 8)).toBe('/app/no…');
  });
});
