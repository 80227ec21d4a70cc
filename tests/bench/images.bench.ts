/** Resolving every reference the catalog knows, as `docker build` does per FROM. */
import type { BenchCase } from '../../src/lib/bench/bench';
import { listCatalog, resolveImage } from '../../src/engine/images/lookup';

export const cases: BenchCase[] = [
  {
    name: 'images: resolveImage over the whole catalog (every tag and digest)',
    setup: () =>
      listCatalog().flatMap((i) => [
        ...[i, ...i.aliases].flatMap((r) => r.tags.map((t) => `${r.repository}:${t}`)),
        `${i.repository}@${i.digest}`,
      ]),
    run: (refs) => {
      let found = 0;
      for (const ref of refs as string[]) if (resolveImage(ref)) found++;
      return found;
    },
  },
];
