import { describe, expect, it } from 'vitest';
import { renderTty } from '../../../../src/engine/format/progress/tty';
import { renderPlain } from '../../../../src/engine/format/progress/plain';
import { renderErrorLogs } from '../../../../src/engine/format/progress/error-logs';
import type { ProgressEvent } from '../../../../src/engine/format/progress/events';

/** Builds events from [name, start ms, end ms, cached?, statuses] rows. */
type Row = [string, number, number, boolean?, [string, number, number, number?][]?];
function events(rows: Row[], end: number, error?: { row: number; text: string }): ProgressEvent[] {
  const out: ProgressEvent[] = [{ type: 'start', at: 0, builder: 'default', driver: 'docker' }];
  rows.forEach(([name, start, stop, cached, statuses], i) => {
    const id = i + 1;
    out.push({ type: 'vertex', id, name, at: start });
    for (const [text, s, e, current] of statuses ?? []) {
      out.push({
        type: 'status',
        vertex: id,
        text,
        started: s,
        at: e,
        completed: e,
        ...(current ? { current } : {}),
      });
    }
    out.push({
      type: 'complete',
      vertex: id,
      at: stop,
      ...(cached ? { cached: true } : {}),
      ...(error?.row === i ? { error: error.text } : {}),
    });
  });
  out.push({ type: 'end', at: end });
  return out;
}

describe('renderTty', () => {
  it('reproduces the captured 80-column multi-stage frame (ground truth §2.1)', () => {
    const ev = events(
      [
        [
          '[internal] load build definition from Dockerfile',
          0,
          100,
          false,
          [['transferring dockerfile:', 0, 10, 408]],
        ],
        ['[internal] load metadata for docker.io/library/maven:3.9-eclipse-temurin-21', 100, 1300],
        ['[internal] load metadata for docker.io/library/eclipse-temurin:21-jre-jammy', 100, 1300],
        [
          '[internal] load .dockerignore',
          100,
          200,
          false,
          [['transferring context:', 100, 110, 59]],
        ],
        [
          '[build 1/6] FROM docker.io/library/maven:3.9-eclipse-temurin-21@sha256:99e6',
          1300,
          1400,
          false,
          [['resolve docker.io/library/maven:3.9-eclipse-temurin-21@sha256:99e6aaaa', 1300, 1400]],
        ],
        [
          '[stage-1 1/4] FROM docker.io/library/eclipse-temurin:21-jre-jammy@sha256:f04f',
          1300,
          1400,
          false,
          [['resolve docker.io/library/eclipse-temurin:21-jre-jammy@sha256:f04fbbbb', 1300, 1400]],
        ],
        [
          '[internal] load build context',
          1300,
          1400,
          false,
          [['transferring context:', 1300, 1310, 7120]],
        ],
        ['[stage-1 2/4] WORKDIR /app', 1400, 1400, true],
        ['[stage-1 3/4] RUN useradd --system --uid 10001 appuser', 1400, 1400, true],
        ['[build 2/6] WORKDIR /app', 1400, 1400, true],
        ['[build 3/6] COPY pom.xml .', 1400, 1500],
        ['[build 4/6] RUN mvn dependency:go-offline', 1500, 73400],
        ['[build 5/6] COPY src ./src', 73400, 73600],
        ['[build 6/6] RUN mvn clean package -DskipTests', 73600, 78200],
        ['[stage-1 4/4] COPY --from=build /app/target/lab4-batch-1.0.0.jar app.jar', 78200, 78500],
        [
          'exporting to image',
          78500,
          80200,
          false,
          [
            ['exporting layers', 78500, 79800],
            [
              'exporting manifest sha256:62f64b9bd5ae711e1f9b2552ca1f48ae695b2d1b0000',
              79800,
              79810,
            ],
            [
              'exporting config sha256:d81ea57c01dc54999309f5f0fca16b346538b9af730000',
              79810,
              79820,
            ],
            [
              'exporting attestation manifest sha256:36e6093a5248ad6b0af0b0fcd4210000',
              79820,
              79900,
            ],
            [
              'exporting manifest list sha256:abc13e5e5a1572c2b15e3a8a4cc407113480000',
              79900,
              79910,
            ],
            ['naming to docker.io/library/lab4-batch:1.0', 79910, 79920],
            ['unpacking to docker.io/library/lab4-batch:1.0', 79920, 80150],
          ],
        ],
      ],
      80800,
    );
    expect(renderTty(ev, 80))
      .toBe(`[+] Building 80.8s (16/16) FINISHED                              docker:default
 => [internal] load build definition from Dockerfile                       0.1s
 => => transferring dockerfile: 408B                                       0.0s
 => [internal] load metadata for docker.io/library/maven:3.9-eclipse-temu  1.2s
 => [internal] load metadata for docker.io/library/eclipse-temurin:21-jre  1.2s
 => [internal] load .dockerignore                                          0.1s
 => => transferring context: 59B                                           0.0s
 => [build 1/6] FROM docker.io/library/maven:3.9-eclipse-temurin-21@sha25  0.1s
 => => resolve docker.io/library/maven:3.9-eclipse-temurin-21@sha256:99e6  0.1s
 => [stage-1 1/4] FROM docker.io/library/eclipse-temurin:21-jre-jammy@sha  0.1s
 => => resolve docker.io/library/eclipse-temurin:21-jre-jammy@sha256:f04f  0.1s
 => [internal] load build context                                          0.1s
 => => transferring context: 7.12kB                                        0.0s
 => CACHED [stage-1 2/4] WORKDIR /app                                      0.0s
 => CACHED [stage-1 3/4] RUN useradd --system --uid 10001 appuser          0.0s
 => CACHED [build 2/6] WORKDIR /app                                        0.0s
 => [build 3/6] COPY pom.xml .                                             0.1s
 => [build 4/6] RUN mvn dependency:go-offline                             71.9s
 => [build 5/6] COPY src ./src                                             0.2s
 => [build 6/6] RUN mvn clean package -DskipTests                          4.6s
 => [stage-1 4/4] COPY --from=build /app/target/lab4-batch-1.0.0.jar app.  0.3s
 => exporting to image                                                     1.7s
 => => exporting layers                                                    1.3s
 => => exporting manifest sha256:62f64b9bd5ae711e1f9b2552ca1f48ae695b2d1b  0.0s
 => => exporting config sha256:d81ea57c01dc54999309f5f0fca16b346538b9af73  0.0s
 => => exporting attestation manifest sha256:36e6093a5248ad6b0af0b0fcd421  0.1s
 => => exporting manifest list sha256:abc13e5e5a1572c2b15e3a8a4cc40711348  0.0s
 => => naming to docker.io/library/lab4-batch:1.0                          0.0s
 => => unpacking to docker.io/library/lab4-batch:1.0                       0.2s
`);
  });

  it('reproduces the captured COPY --from=<missing stage> failure frame (§2.5)', () => {
    const ev = events(
      [
        [
          '[internal] load build definition from Dockerfile',
          0,
          20,
          false,
          [['transferring dockerfile:', 0, 10, 187]],
        ],
        ['[internal] load metadata for docker.io/library/ubuntu:latest', 100, 1200],
        ['[internal] load metadata for docker.io/library/builder:latest', 100, 2500],
      ],
      2600,
      { row: 2, text: 'pull access denied' },
    );
    const frame = renderTty(ev, 84);
    expect(frame)
      .toBe(`[+] Building 2.6s (3/3) FINISHED                                     docker:default
 => [internal] load build definition from Dockerfile                           0.0s
 => => transferring dockerfile: 187B                                           0.0s
 => [internal] load metadata for docker.io/library/ubuntu:latest               1.1s
 => ERROR [internal] load metadata for docker.io/library/builder:latest        2.4s
`);
    expect(renderErrorLogs(ev)).toBe(
      '------\n > [internal] load metadata for docker.io/library/builder:latest:\n------\n',
    );
  });

  it('shows running steps without FINISHED and with their last log lines', () => {
    const ev: ProgressEvent[] = [
      { type: 'start', at: 0, builder: 'default', driver: 'docker' },
      { type: 'vertex', id: 1, name: '[2/2] RUN npm ci', at: 0 },
      { type: 'log', vertex: 1, at: 774, text: 'added 1 package' },
    ];
    expect(renderTty(ev, 80)).toBe(
      '[+] Building 0.8s (0/1)                                          docker:default\n' +
        ' => [2/2] RUN npm ci                                                       0.8s\n' +
        ' => => # added 1 package\n',
    );
  });
});

describe('renderPlain', () => {
  it('prints the classic-store export block as captured (§2.2)', () => {
    const ev: ProgressEvent[] = [
      { type: 'start', at: 0, builder: 'default', driver: 'docker' },
      { type: 'vertex', id: 22, name: 'exporting to image', at: 0 },
      { type: 'status', vertex: 22, text: 'exporting layers', started: 0, at: 0 },
      {
        type: 'status',
        vertex: 22,
        text: 'exporting layers',
        started: 0,
        at: 2200,
        completed: 2200,
      },
      {
        type: 'status',
        vertex: 22,
        text: 'writing image sha256:65e9',
        started: 2200,
        at: 2205,
        completed: 2205,
      },
      {
        type: 'status',
        vertex: 22,
        text: 'naming to quay.io/jupyter/docker-stacks-foundation',
        started: 2205,
        at: 2205,
        completed: 2205,
      },
      { type: 'complete', vertex: 22, at: 2300 },
    ];
    expect(renderPlain(ev)).toBe(`#0 building with "default" instance using docker driver

#1 exporting to image
#1 exporting layers
#1 exporting layers 2.2s done
#1 writing image sha256:65e9 done
#1 naming to quay.io/jupyter/docker-stacks-foundation done
#1 DONE 2.3s
`);
  });

  it('prints CACHED, log timestamps and ERROR lines', () => {
    const ev: ProgressEvent[] = [
      { type: 'start', at: 0, builder: 'orbstack', driver: 'docker' },
      { type: 'vertex', id: 1, name: '[build 3/9] RUN mix local.hex --force', at: 0 },
      { type: 'complete', vertex: 1, at: 0, cached: true },
      { type: 'vertex', id: 2, name: '[build 6/9] RUN mix deps.get', at: 0 },
      { type: 'log', vertex: 2, at: 3943, text: 'Resolving Hex dependencies...' },
      {
        type: 'complete',
        vertex: 2,
        at: 5000,
        error: 'process "/bin/sh -c mix deps.get" did not complete successfully: exit code: 1',
      },
    ];
    expect(renderPlain(ev)).toBe(`#0 building with "orbstack" instance using docker driver

#1 [build 3/9] RUN mix local.hex --force
#1 CACHED

#2 [build 6/9] RUN mix deps.get
#2 3.943 Resolving Hex dependencies...
#2 ERROR: process "/bin/sh -c mix deps.get" did not complete successfully: exit code: 1
`);
  });
});
