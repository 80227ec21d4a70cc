import type { BenchCase } from '../../src/lib/bench/bench';
import { build } from '../../src/engine/builder/build';
import { createBuildCache } from '../../src/engine/builder/cache';
import type { BuildOptions } from '../../src/engine/builder/types';
import { loadBuildContext } from '../../src/engine/fs/context';
import { hostWith, MemoryStore, NODE_FILES } from '../engine/builder/helpers';

/** The corrected Node multi-stage example; progress rendering is not measured. */
function options(): BuildOptions {
  const host = hostWith(NODE_FILES);
  const context = loadBuildContext(host, '/work');
  return {
    dockerfile: context.dockerfile!.content,
    context,
    tags: ['myapp'],
    store: new MemoryStore(),
    cache: createBuildCache(),
  };
}

export const cases: BenchCase[] = [
  {
    name: 'build: corrected Node multi-stage example, cold',
    targetMs: 10,
    setup: options,
    run: (o) => {
      const opts = o as BuildOptions;
      return build({ ...opts, cache: createBuildCache(), store: new MemoryStore() });
    },
  },
  {
    name: 'build: corrected Node multi-stage example, cached',
    targetMs: 2,
    setup: () => {
      const o = options();
      build(o);
      return o;
    },
    run: (o) => build(o as BuildOptions),
  },
];
