/** Rendering a 1,000-row `docker images` table (no target in the issue). */
import type { BenchCase } from '../../src/lib/bench/bench';
import { formatTable } from '../../src/engine/format/tabwriter';
import { imageSize } from '../../src/engine/format/human-size';
import { imageCreatedSince } from '../../src/engine/format/human-duration';
import { truncateId } from '../../src/engine/format/ids';
import { createRng } from '../../src/engine/format/clock';

interface Row {
  repo: string;
  tag: string;
  id: string;
  created: number;
  size: number;
}

const NOW = 1_800_000_000_000;

export const cases: BenchCase[] = [
  {
    name: 'format: docker images table, 1,000 rows',
    setup: () => {
      const rng = createRng('bench:images');
      return Array.from({ length: 1000 }, (_, i): Row => ({
        repo: `registry.example.com/team/app-${i}`,
        tag: `v${rng.int(1, 30)}.${rng.int(0, 9)}`,
        id: `sha256:${rng.int(0, 0xffffffff).toString(16).padStart(8, '0')}${'ab'.repeat(28)}`,
        created: i % 50 === 0 ? 0 : Math.floor(NOW / 1000) - rng.int(1, 90_000_000),
        size: rng.int(1_000, 2_000_000_000),
      }));
    },
    run: (input) => {
      const rows = input as Row[];
      return formatTable([
        ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
        ...rows.map((r) => [
          r.repo,
          r.tag,
          truncateId(r.id),
          imageCreatedSince(r.created, NOW),
          imageSize(r.size),
        ]),
      ]);
    },
  },
];
