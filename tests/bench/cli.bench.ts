/** docker images / docker ps -a over large daemons (issue 5 targets). */
import type { BenchCase } from '../../src/lib/bench/bench';
import { Daemon } from '../../src/engine/daemon';
import { dispatch } from '../../src/engine/cli/dispatch';
import { Vfs, Snapshot } from '../../src/engine/fs';
import type { StoredImage } from '../../src/engine/daemon';
import { digestOf } from '../../src/engine/util/digest';

function ctx(daemon: Daemon, profile: string) {
  void profile;
  let n = 0;
  return {
    daemon,
    host: { fs: Vfs.create(), cwd: '/', env: {} },
    term: { tty: false, width: 80, color: false },
    out: { stdout: (t: string) => (n += t.length), stderr: (t: string) => (n += t.length) },
  };
}

function withImages(count: number, profile: 'docker28' | 'docker29'): Daemon {
  const d = new Daemon({ profile });
  const rootfs = Snapshot.empty();
  for (let i = 0; i < count; i++) {
    const id = digestOf(`img${i}`);
    const image: StoredImage = {
      id,
      digest: digestOf(`m${i}`),
      repoTags: [],
      repoDigests: [],
      created: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      size: 1_000_000 + i * 997,
      compressedSize: 400_000 + i,
      history: [],
      config: {
        Env: [],
        User: '',
        WorkingDir: '',
        Entrypoint: null,
        Cmd: ['sh'],
        ExposedPorts: {},
        Labels: {},
      },
      facts: undefined as unknown as StoredImage['facts'],
      rootfs,
      origin: 'build',
    };
    d.images.put(image, [`docker.io/team/app-${i}:v${i % 7}`]);
  }
  return d;
}

function withContainers(count: number): Daemon {
  const d = withImages(1, 'docker29');
  const image = d.images.list()[0]!;
  for (let i = 0; i < count; i++) {
    d.containers.set({
      id: d.newId('c'),
      name: d.newContainerName(),
      image: 'team/app-0:v0',
      imageId: image.id,
      path: 'docker-entrypoint.sh',
      args: ['node', 'server.js'],
      env: [],
      user: '',
      workingDir: '/app',
      tty: false,
      autoRemove: false,
      ports:
        i % 3 === 0
          ? [{ containerPort: '3000/tcp', hostPort: String(8000 + i), hostIp: '0.0.0.0' }]
          : [],
      created: d.now() - i * 1000,
      state: i % 2 === 0 ? 'running' : 'exited',
      exitCode: i % 2 === 0 ? 0 : 137,
      startedAt: d.now() - i * 1000,
      finishedAt: d.now() - i * 500,
      logs: [],
    });
  }
  return d;
}

export const cases: BenchCase[] = [
  {
    name: 'cli: docker images with 1,000 images (docker28 table)',
    targetMs: 5,
    setup: () => withImages(1000, 'docker28'),
    run: (d) => dispatch(ctx(d as Daemon, 'docker28'), ['images']),
  },
  {
    name: 'cli: docker images with 1,000 images (docker29 tree)',
    targetMs: 5,
    setup: () => withImages(1000, 'docker29'),
    run: (d) => dispatch(ctx(d as Daemon, 'docker29'), ['images']),
  },
  {
    name: 'cli: docker ps -a with 1,000 containers',
    targetMs: 5,
    setup: () => withContainers(1000),
    run: (d) => dispatch(ctx(d as Daemon, 'docker29'), ['ps', '-a']),
  },
];
