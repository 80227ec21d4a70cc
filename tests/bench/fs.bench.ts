import type { BenchCase } from '../../src/lib/bench/bench';
import { loadBuildContext } from '../../src/engine/fs/context';
import type { Layer } from '../../src/engine/fs/layer';
import { Snapshot } from '../../src/engine/fs/snapshot';
import { Vfs } from '../../src/engine/fs/vfs';

/** A 10,000-file workspace shaped like a Node project with a big node_modules. */
function workspace(): Vfs {
  const host = Vfs.create();
  for (let d = 0; d < 100; d++) {
    host.mkdir(`/ctx/src/m${d}`, { recursive: true });
    host.mkdir(`/ctx/node_modules/p${d}/lib`, { recursive: true });
    for (let f = 0; f < 30; f++) host.writeFile(`/ctx/src/m${d}/f${f}.ts`, 'export {};\n');
    for (let f = 0; f < 70; f++) host.writeFile(`/ctx/node_modules/p${d}/lib/f${f}.js`, 'x');
  }
  host.writeFile('/ctx/.dockerignore', 'node_modules\n.git\n**/*.md\n!README.md\n');
  return host;
}

export const cases: BenchCase[] = [
  {
    name: 'fs: build a 10,000-file workspace',
    run: () => workspace(),
  },
  {
    name: 'fs: 10,000-file context + .dockerignore (node_modules excluded)',
    setup: () => workspace(),
    run: (host) => loadBuildContext(host as Vfs, '/ctx'),
  },
  {
    name: 'fs: 10,000-file context, wildcard exception walks everything',
    setup: () => {
      const host = workspace();
      host.writeFile('/ctx/.dockerignore', '*\n!**/*.ts\n');
      return host;
    },
    run: (host) => loadBuildContext(host as Vfs, '/ctx'),
  },
  {
    name: 'fs: stack a 10,000-file layer, then 10,000 merged lookups',
    setup: () => workspace().commit(),
    run: (layer) => {
      const snap = Snapshot.of([layer as Layer]);
      let found = 0;
      for (const path of (layer as Layer).entries.keys()) if (snap.get(path)) found++;
      return found;
    },
  },
];
