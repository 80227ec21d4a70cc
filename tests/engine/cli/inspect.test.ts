import { describe, expect, it } from 'vitest';
import { sim } from './helpers-session';

const DOCKERFILE = [
  'FROM alpine:3.20',
  'VOLUME /data',
  'HEALTHCHECK --interval=30s --timeout=3s --start-interval=2s CMD ["/app", "-healthcheck"]',
  'ONBUILD RUN echo child',
  '',
].join('\n');

describe('docker inspect of a built image', () => {
  it('shows Volumes, Healthcheck and OnBuild in Config, in moby struct order', () => {
    const t = sim('docker build -q -t hc .\ndocker inspect hc --format "{{json .Config}}"', {
      files: { Dockerfile: DOCKERFILE },
    });
    expect(t.stderr).toBe('');
    const config = JSON.parse(t.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(Object.keys(config)).toEqual(['Env', 'Cmd', 'Volumes', 'Healthcheck', 'OnBuild']);
    expect(config.Volumes).toEqual({ '/data': {} });
    // Durations in nanoseconds, as Go's time.Duration marshals.
    expect(config.Healthcheck).toEqual({
      Test: ['CMD', '/app', '-healthcheck'],
      Interval: 30_000_000_000,
      Timeout: 3_000_000_000,
      StartInterval: 2_000_000_000,
    });
    expect(config.OnBuild).toEqual(['RUN echo child']);
  });
});
