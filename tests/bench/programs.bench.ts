import type { BenchCase } from '../../src/lib/bench/bench';
import { Snapshot } from '../../src/engine/fs/snapshot';
import { Vfs } from '../../src/engine/fs/vfs';
import { resolveImage } from '../../src/engine/images/lookup';
import { programImage, rootfsLayer } from '../../src/engine/programs/image-fs';
import { BufferWriter } from '../../src/engine/programs/output';
import { runShellCommand } from '../../src/engine/programs/run';

const image = resolveImage('node:24')!;
const base = Snapshot.of([rootfsLayer(image)]);
const PKG = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  dependencies: { express: '^4.21.2', lodash: '^4.17.21', dotenv: '^16.4.5', cors: '^2.8.5' },
  devDependencies: { typescript: '^5.9.3', jest: '^29.7.0', eslint: '^9.0.0' },
});

/** A build step's filesystem with package.json and package-lock.json copied in. */
function step(): Vfs {
  const vfs = Vfs.create(base);
  vfs.mkdir('/app');
  vfs.writeFile('/app/package.json', PKG);
  vfs.writeFile('/app/package-lock.json', '{"lockfileVersion":3,"packages":{}}');
  return vfs;
}

function run(vfs: Vfs, command: string) {
  return runShellCommand(
    {
      vfs,
      image: programImage(image.facts),
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/root', NODE_VERSION: '24.21.0' },
      cwd: '/app',
      user: { uid: 0, gid: 0 },
      stdout: new BufferWriter(),
      stderr: new BufferWriter(),
    },
    command,
  );
}

export const cases: BenchCase[] = [
  {
    name: 'programs: RUN npm ci --omit=dev (node:24, 4 deps)',
    setup: step,
    run: (vfs) => run((vfs as Vfs).as({ uid: 0, gid: 0 }), 'npm ci --omit=dev'),
  },
  {
    name: 'programs: RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    setup: step,
    run: (vfs) =>
      run(
        vfs as Vfs,
        'apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
      ),
  },
];
