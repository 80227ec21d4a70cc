import { describe, expect, it } from 'vitest';
import {
  buildHeader,
  buildJobLine,
  buildkitDuration,
  buildkitLogTimestamp,
} from '../../../src/engine/format/buildkit-time';

describe('buildkitDuration', () => {
  it.each([
    [0, '0.0s'],
    [0.049, '0.0s'],
    [0.1, '0.1s'],
    [1.2, '1.2s'],
    [2.3, '2.3s'],
    [12.8, '12.8s'],
    [71.9, '71.9s'],
    [80.8, '80.8s'],
  ])('%d → %s', (s, text) => expect(buildkitDuration(s)).toBe(text));
});

describe('buildHeader (TTY)', () => {
  it('matches the captured 80-column header, 79 characters', () => {
    const line = buildHeader({
      elapsedSeconds: 80.8,
      done: 16,
      total: 16,
      finished: true,
      descriptor: 'docker:default',
      width: 80,
    });
    expect(line).toBe(
      '[+] Building 80.8s (16/16) FINISHED                              docker:default',
    );
    expect(line).toHaveLength(79);
  });

  it('matches the zhaarey/wrapper#33 capture at its width', () => {
    const line = buildHeader({
      elapsedSeconds: 2.6,
      done: 3,
      total: 3,
      finished: true,
      descriptor: 'docker:default',
      width: 84,
    });
    expect(line).toBe(
      '[+] Building 2.6s (3/3) FINISHED                                     docker:default',
    );
  });

  it('ends with a space while running and pads to the full width without a descriptor', () => {
    const running = buildHeader({
      elapsedSeconds: 12.8,
      done: 5,
      total: 22,
      finished: false,
      width: 40,
    });
    expect(running).toBe('[+] Building 12.8s (5/22)               ');
    expect(running).toHaveLength(40);
  });
});

describe('buildJobLine', () => {
  it('matches the 84-column zhaarey/wrapper#33 capture', () => {
    expect(
      buildJobLine('[internal] load metadata for docker.io/library/ubuntu:latest', 1.1, 84),
    ).toBe(' => [internal] load metadata for docker.io/library/ubuntu:latest               1.1s');
    expect(
      buildJobLine('ERROR [internal] load metadata for docker.io/library/builder:latest', 2.4, 84),
    ).toBe(' => ERROR [internal] load metadata for docker.io/library/builder:latest        2.4s');
  });

  // Lines from the captured 80-column session in ground truth §2.1.
  it.each([
    [
      '[internal] load build definition from Dockerfile',
      0.1,
      ' => [internal] load build definition from Dockerfile                       0.1s',
    ],
    [
      '=> transferring dockerfile: 408B',
      0,
      ' => => transferring dockerfile: 408B                                       0.0s',
    ],
    [
      '[internal] load metadata for docker.io/library/maven:3.9-eclipse-temurin-21',
      1.2,
      ' => [internal] load metadata for docker.io/library/maven:3.9-eclipse-temu  1.2s',
    ],
    [
      '[build 4/6] RUN mvn dependency:go-offline',
      71.9,
      ' => [build 4/6] RUN mvn dependency:go-offline                             71.9s',
    ],
    [
      'CACHED [stage-1 2/4] WORKDIR /app',
      0,
      ' => CACHED [stage-1 2/4] WORKDIR /app                                      0.0s',
    ],
    [
      '[stage-1 4/4] COPY --from=build /app/target/lab4-batch-1.0.0.jar app.jar',
      0.3,
      ' => [stage-1 4/4] COPY --from=build /app/target/lab4-batch-1.0.0.jar app.  0.3s',
    ],
  ])('%s', (text, secs, line) => {
    expect(buildJobLine(text, secs, 80)).toBe(line);
    expect(line).toHaveLength(79);
  });
});

describe('buildkitLogTimestamp', () => {
  it.each([
    [0.774, '0.774'],
    [3.943, '3.943'],
    [12.5, '12.50'],
    [123.45, '123.5'],
  ])('%d → %s', (s, text) => expect(buildkitLogTimestamp(s)).toBe(text));
});
