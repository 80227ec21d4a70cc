import { describe, expect, it } from 'vitest';
import { versions } from '../../../src/engine/index';
import {
  replaceVersionTokens,
  UnknownVersionTokenError,
} from '../../../src/lib/markdown/version-tokens';

describe('version tokens', () => {
  it('replaces tokens with the one source of versions', () => {
    expect(replaceVersionTokens('FROM node:%%node.lts%%-slim AS build')).toBe(
      `FROM node:${versions.node.lts}-slim AS build`,
    );
    expect(replaceVersionTokens('static-%%distroless.debianSuffix%%:nonroot')).toBe(
      `static-${versions.distroless.debianSuffix}:nonroot`,
    );
  });

  it('leaves text without tokens alone', () => {
    expect(replaceVersionTokens('50% of 100%')).toBe('50% of 100%');
  });

  it('fails with the key and the fix for an unknown token', () => {
    expect(() => replaceVersionTokens('node:%%node.latest%%')).toThrow(UnknownVersionTokenError);
    expect(() => replaceVersionTokens('node:%%node.latest%%')).toThrow(
      'Unknown version token %%node.latest%%. Use a key path from src/engine/images/versions.ts, for example %%node.lts%% or %%go.current%%.',
    );
  });

  it('refuses a key that names a group rather than a value', () => {
    expect(() => replaceVersionTokens('%%node%%')).toThrow(UnknownVersionTokenError);
  });
});
