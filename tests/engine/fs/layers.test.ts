import { describe, expect, it } from 'vitest';
import { SnapshotFormatError, SnapshotVersionError } from '../../../src/engine/fs/errors';
import { createLayer } from '../../../src/engine/fs/layer';
import { WHITEOUT } from '../../../src/engine/fs/node';
import {
  layerFromJson,
  layerToJson,
  snapshotFromJson,
  snapshotToJson,
} from '../../../src/engine/fs/serialize';
import { Snapshot } from '../../../src/engine/fs/snapshot';
import { Vfs } from '../../../src/engine/fs/vfs';

const MB = 1_000_000;

describe('layers and whiteouts', () => {
  it('a deleted file disappears from the merged view but still counts in its layer', () => {
    const fs = Vfs.create();
    fs.mkdir('/tmp');
    fs.writeFile('/tmp/toolchain.tar', { size: 300 * MB });
    const added = fs.commit('RUN download');
    fs.rm('/tmp/toolchain.tar');
    const removed = fs.commit('RUN rm');
    expect(added.size).toBe(300 * MB);
    expect(removed.size).toBe(0);
    expect(removed.entries.get('/tmp/toolchain.tar')).toEqual(WHITEOUT);
    const snap = fs.snapshot();
    expect(snap.get('/tmp/toolchain.tar')).toBeUndefined();
    expect(snap.size).toBe(300 * MB); // the lesson: deleting later does not shrink the image
  });

  it('writes one whiteout for a deleted tree, not one per file', () => {
    const fs = Vfs.create();
    fs.mkdir('/cache/a/b', { recursive: true });
    for (let i = 0; i < 5; i++) fs.writeFile(`/cache/a/b/f${i}`, 'x');
    fs.commit();
    fs.rm('/cache', { recursive: true });
    const layer = fs.commit();
    expect([...layer.entries.keys()]).toEqual(['/cache']);
    expect(fs.snapshot().list('/')).toEqual([]);
  });

  it('marks a deleted-then-recreated directory opaque so lower contents stay hidden', () => {
    const fs = Vfs.create();
    fs.mkdir('/app');
    fs.writeFile('/app/old.js', 'old');
    fs.commit();
    fs.rm('/app', { recursive: true });
    fs.mkdir('/app');
    fs.writeFile('/app/new.js', 'new');
    const layer = fs.commit();
    expect([...layer.opaque]).toEqual(['/app']);
    expect(fs.snapshot().list('/app')).toEqual(['new.js']);
    const again = Snapshot.of(fs.snapshot().layers);
    expect(again.list('/app')).toEqual(['new.js']);
  });

  it('stacks layers: upper entries win and changed files count again', () => {
    const base = createLayer([
      ['/etc', { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 0 }],
      [
        '/etc/os-release',
        { type: 'file', content: 'debian', size: 6, mode: 0o644, uid: 0, gid: 0, mtime: 0 },
      ],
    ]);
    const fs = Vfs.create(Snapshot.of([base]));
    fs.writeFile('/etc/os-release', 'distroless');
    const top = fs.commit();
    expect(top.size).toBe(10);
    expect([...top.entries.keys()]).toEqual(['/etc/os-release']);
    expect(fs.snapshot().size).toBe(16);
    expect(fs.readFile('/etc/os-release')).toBe('distroless');
    expect(Snapshot.of([base]).get('/etc/os-release')).toMatchObject({ content: 'debian' });
  });

  it('a file replaced by a directory hides nothing it should not', () => {
    const fs = Vfs.create();
    fs.writeFile('/x', 'file');
    fs.commit();
    fs.rm('/x');
    fs.mkdir('/x');
    fs.writeFile('/x/y', 'y');
    fs.commit();
    expect(Snapshot.of(fs.snapshot().layers).list('/x')).toEqual(['y']);
  });

  it('creates parents that an imported layer leaves out', () => {
    const layer = createLayer([
      ['/usr/local/bin/app', { type: 'file', size: 5, mode: 0o755, uid: 0, gid: 0, mtime: 0 }],
    ]);
    const snap = Snapshot.of([layer]);
    expect(snap.get('/usr/local')).toMatchObject({ type: 'dir', mode: 0o755 });
    expect(snap.list('/usr/local/bin')).toEqual(['app']);
  });
});

describe('snapshot JSON', () => {
  const build = () => {
    const fs = Vfs.create();
    fs.mkdir('/app');
    fs.writeFile('/app/a', 'A');
    fs.writeFile('/app/big', { size: 5 * MB, fingerprint: 'v1' }, { kind: 'elf-static' });
    fs.symlink('a', '/app/link');
    fs.commit('COPY . /app # buildkit');
    fs.rm('/app/a');
    fs.commit();
    return fs.snapshot();
  };

  it('round-trips a snapshot through plain JSON', () => {
    const snap = build();
    const json = JSON.parse(JSON.stringify(snapshotToJson(snap))) as unknown;
    const back = snapshotFromJson(json);
    expect(snapshotToJson(back)).toEqual(snapshotToJson(snap));
    expect(back.get('/app/a')).toBeUndefined();
    expect(back.get('/app/big')).toMatchObject({ size: 5 * MB, kind: 'elf-static' });
    expect(back.layers[0]!.createdBy).toBe('COPY . /app # buildkit');
    expect(back.size).toBe(snap.size);
  });

  it('round-trips a single layer', () => {
    const layer = build().layers[1]!;
    const json = layerToJson(layer);
    expect(json).toEqual({ version: 1, entries: [['/app/a', { type: 'whiteout' }]], opaque: [] });
    expect(layerFromJson(JSON.parse(JSON.stringify(json)))).toEqual(layer);
  });

  it('refuses an unknown version with a clear error', () => {
    const act = () => snapshotFromJson({ version: 2, layers: [] });
    expect(act).toThrow(SnapshotVersionError);
    expect(act).toThrow('unsupported filesystem snapshot version 2 (this engine reads version 1)');
    expect(() => layerFromJson({ entries: [] })).toThrow(
      'unsupported filesystem snapshot version undefined (this engine reads version 1)',
    );
  });

  it('refuses damaged entries', () => {
    const act = () =>
      snapshotFromJson({
        version: 1,
        layers: [{ entries: [['/x', { type: 'file' }]], opaque: [] }],
      });
    expect(act).toThrow(SnapshotFormatError);
    expect(act).toThrow('invalid filesystem snapshot: bad entry at /x');
    expect(() => snapshotFromJson(null)).toThrow('invalid filesystem snapshot: not an object');
  });
});
