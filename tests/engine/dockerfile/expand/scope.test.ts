import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PATH,
  StageScope,
  buildGlobalScope,
  expandsVariables,
  fromScopeKeys,
  platformArgs,
  proxyEnvFromBuildArgs,
} from '../../../../src/engine/dockerfile/expand';

describe('global (meta) ARG scope', () => {
  it('predefines the platform ARGs for linux/amd64', () => {
    expect(Object.fromEntries(platformArgs('final'))).toEqual({
      BUILDPLATFORM: 'linux/amd64',
      BUILDOS: 'linux',
      BUILDOSVERSION: '',
      BUILDARCH: 'amd64',
      BUILDVARIANT: '',
      TARGETPLATFORM: 'linux/amd64',
      TARGETOS: 'linux',
      TARGETOSVERSION: '',
      TARGETARCH: 'amd64',
      TARGETVARIANT: '',
      TARGETSTAGE: 'final',
    });
  });

  it('expands meta ARG defaults in order and lets --build-arg win', () => {
    const g = buildGlobalScope(
      [
        { key: 'NODE', rawDefault: '22' },
        { key: 'IMAGE', rawDefault: 'node:${NODE}-alpine' },
        { key: 'BARE' },
      ],
      { NODE: '24', TARGETARCH: 'arm64' },
    );
    expect(g.args.get('IMAGE')).toBe('node:24-alpine');
    expect(g.args.get('TARGETARCH')).toBe('arm64');
    expect(g.args.has('BARE')).toBe(false);
    expect(fromScopeKeys(g).has('BARE')).toBe(true);
  });
});

describe('stage scope', () => {
  const global = buildGlobalScope([{ key: 'VERSION', rawDefault: '1.0' }]);

  it('does not see global ARGs until a bare ARG re-declares them', () => {
    const stage = new StageScope(global);
    expect(stage.expand('v$VERSION')).toEqual({ value: 'v', undefinedNames: ['VERSION'] });
    stage.declareArg({ key: 'VERSION' });
    expect(stage.expand('v$VERSION')).toEqual({ value: 'v1.0', undefinedNames: [] });
  });

  it('re-imports predefined ARGs with a bare ARG', () => {
    const stage = new StageScope(global);
    stage.declareArg({ key: 'TARGETARCH' });
    expect(stage.expand('$TARGETARCH').value).toBe('amd64');
  });

  it('treats a declared ARG without value as defined for UndefinedVar', () => {
    const stage = new StageScope(global);
    stage.declareArg({ key: 'EMPTY' });
    expect(stage.expand('x${EMPTY}').undefinedNames).toEqual([]);
  });

  it('always has PATH and passes ENV on to stages built FROM it', () => {
    const base = new StageScope(global, {}, []);
    expect(base.environment.get('PATH')).toBe(DEFAULT_PATH);
    base.setEnv('APP', '/app');
    expect(base.fork().expand('$APP/bin').value).toBe('/app/bin');
  });

  it('prefers --build-arg over a stage ARG default', () => {
    const stage = new StageScope(global, { PORT: '9090' });
    stage.declareArg({ key: 'PORT', rawDefault: '8080' });
    expect(stage.expand('$PORT').value).toBe('9090');
  });
});

describe('which instructions BuildKit expands', () => {
  it.each([
    'ADD',
    'COPY',
    'ENV',
    'EXPOSE',
    'FROM',
    'LABEL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
    'ARG',
  ])('%s: yes', (k) => {
    expect(expandsVariables(k)).toBe(true);
  });
  it.each(['RUN', 'CMD', 'ENTRYPOINT', 'ONBUILD', 'SHELL', 'HEALTHCHECK', 'MAINTAINER'])(
    '%s: no',
    (k) => {
      expect(expandsVariables(k)).toBe(false);
    },
  );
});

describe('proxy ARGs', () => {
  it('are picked from --build-arg in either case', () => {
    expect(proxyEnvFromBuildArgs({ http_proxy: 'http://p:3128', FOO: 'x' })).toEqual(
      new Map([['HTTP_PROXY', 'http://p:3128']]),
    );
    expect(proxyEnvFromBuildArgs({ FOO: 'x' })).toBeUndefined();
  });
});
