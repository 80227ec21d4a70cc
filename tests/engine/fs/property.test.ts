import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuildContext } from '../../../src/engine/fs/context';
import { EngineError } from '../../../src/engine/errors/engine-error';
import { snapshotFromJson, snapshotToJson } from '../../../src/engine/fs/serialize';
import { Snapshot } from '../../../src/engine/fs/snapshot';
import { Vfs } from '../../../src/engine/fs/vfs';

const name = fc.constantFrom('a', 'b', 'c', '..', '.', 'link');
const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((parts) => '/' + parts.join('/'));
const user = fc.constantFrom({ uid: 0, gid: 0 }, { uid: 1000, gid: 1000 });

const op = fc.oneof(
  fc.tuple(fc.constant('write'), path, fc.string({ maxLength: 5 })),
  fc.tuple(fc.constant('mkdir'), path, fc.boolean()),
  fc.tuple(fc.constant('rm'), path, fc.boolean()),
  fc.tuple(fc.constant('rename'), path, path),
  fc.tuple(fc.constant('symlink'), path, path),
  fc.tuple(fc.constant('chmod'), path, fc.integer({ min: 0, max: 0o777 })),
  fc.tuple(fc.constant('read'), path, fc.constant(0)),
  fc.tuple(fc.constant('list'), path, fc.constant(0)),
  fc.tuple(fc.constant('commit'), path, fc.constant(0)),
);

function run(fs: Vfs, [kind, p, arg]: [string, string, unknown]): void {
  switch (kind) {
    case 'write':
      return fs.writeFile(p, arg as string);
    case 'mkdir':
      fs.mkdir(p, { recursive: arg as boolean });
      return;
    case 'rm':
      return fs.rm(p, { recursive: arg as boolean });
    case 'rename':
      return fs.rename(p, arg as string);
    case 'symlink':
      return fs.symlink(arg as string, p);
    case 'chmod':
      return fs.chmod(p, arg as number);
    case 'read':
      fs.readFile(p);
      return;
    case 'list':
      fs.readdir(p);
      return;
    default:
      fs.commit();
  }
}

describe('properties', () => {
  it('random operation sequences only ever throw EngineErrors, and layers replay to the same tree', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(user, op), { maxLength: 40 }), (steps) => {
        const fs = Vfs.create();
        for (const [cred, step] of steps) {
          try {
            run(fs.as(cred), step as [string, string, unknown]);
          } catch (e) {
            if (!(e instanceof EngineError)) throw e;
          }
        }
        fs.commit();
        const live = [...fs.walk('/')].map((e) => [e.path, e.node]);
        const replayed = snapshotFromJson(
          JSON.parse(JSON.stringify(snapshotToJson(fs.snapshot()))),
        );
        const fresh = Snapshot.of(replayed.layers);
        const walk = (s: Snapshot, p = '/'): [string, unknown][] => {
          const node = s.get(p)!;
          const out: [string, unknown][] = [[p, node]];
          if (node.type === 'dir') {
            for (const n of s.list(p)) out.push(...walk(s, p === '/' ? `/${n}` : `${p}/${n}`));
          }
          return out;
        };
        expect(walk(fresh)).toEqual(live);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 10,000-file context and a 1 GB synthetic file without allocating it', () => {
    const host = Vfs.create();
    for (let d = 0; d < 100; d++) {
      host.mkdir(`/ctx/pkg${d}/node_modules`, { recursive: true });
      for (let f = 0; f < 50; f++) host.writeFile(`/ctx/pkg${d}/f${f}.js`, 'x');
      for (let f = 0; f < 50; f++) host.writeFile(`/ctx/pkg${d}/node_modules/m${f}.js`, 'y');
    }
    host.writeFile('/ctx/model.bin', { size: 1024 ** 3 });
    host.writeFile('/ctx/.dockerignore', '**/node_modules\n');
    const ctx = loadBuildContext(host, '/ctx');
    expect(ctx.fileCount).toBe(5000 + 2);
    expect(ctx.excludedCount).toBe(5000);
    expect(ctx.size).toBe(5000 + 1024 ** 3 + 16);
  });
});
