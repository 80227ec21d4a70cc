import { describe, expect, it } from 'vitest';
import { loadBuildContext } from '../../../src/engine/fs/context';
import {
  CopyChmodError,
  CopyChownError,
  CopyMultipleSourcesError,
  CopySourceNotFoundError,
} from '../../../src/engine/fs/copy-errors';
import { parseChmod, parseChown } from '../../../src/engine/fs/copy';
import { applyCopyPlan, planCopy } from '../../../src/engine/fs/copy-plan';
import { userLookupFromFs } from '../../../src/engine/fs/users';
import { Vfs } from '../../../src/engine/fs/vfs';

function context() {
  const host = Vfs.create();
  const w = (p: string, c: string) => {
    host.mkdir(p.slice(0, p.lastIndexOf('/')) || '/', { recursive: true });
    host.writeFile(p, c);
  };
  w('/ctx/package.json', '{}');
  w('/ctx/package-lock.json', '{"lock":1}');
  w('/ctx/src/index.js', 'index');
  w('/ctx/src/lib/util.js', 'util');
  w('/ctx/src/notes.txt', 'notes');
  w('/ctx/README.md', 'readme');
  w('/ctx/secret.env', 'KEY=1');
  w('/ctx/.dockerignore', 'secret.env\n');
  return loadBuildContext(host, '/ctx');
}

function stage() {
  const fs = Vfs.create();
  fs.mkdir('/etc');
  fs.writeFile(
    '/etc/passwd',
    'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n',
  );
  fs.writeFile('/etc/group', 'root:x:0:\nnode:x:1000:\nstaff:x:50:\n');
  fs.mkdir('/app');
  return fs;
}

const written = (plan: { writes: readonly { path: string }[] }) => plan.writes.map((w) => w.path);

describe('planCopy', () => {
  it('copies a directory’s contents, not the directory', () => {
    const plan = planCopy({ sources: ['src'], dest: '/app/', from: context(), target: stage() });
    expect(written(plan)).toEqual([
      '/app',
      '/app/index.js',
      '/app/lib',
      '/app/lib/util.js',
      '/app/notes.txt',
    ]);
    expect(plan.bytes).toBe(5 + 4 + 5);
    expect(plan.fileCount).toBe(3);
  });

  it('puts a file into a directory destination and renames onto a file destination', () => {
    const target = stage();
    const into = planCopy({
      sources: ['package.json'],
      dest: '.',
      workdir: '/app',
      from: context(),
      target,
    });
    expect(written(into)).toEqual(['/app/package.json']);
    const existingDir = planCopy({
      sources: ['package.json'],
      dest: '/app',
      from: context(),
      target,
    });
    expect(written(existingDir)).toEqual(['/app/package.json']);
    const renamed = planCopy({
      sources: ['package.json'],
      dest: '/srv/pkg.json',
      from: context(),
      target,
    });
    expect(written(renamed)).toEqual(['/srv', '/srv/pkg.json']);
  });

  it('expands Go globs, sorted', () => {
    const plan = planCopy({
      sources: ['package*.json'],
      dest: './',
      workdir: '/app',
      from: context(),
      target: stage(),
    });
    expect(written(plan)).toEqual(['/app/package-lock.json', '/app/package.json']);
    expect(plan.multipleSourcesWithoutSlash).toBe(false);
    const deep = planCopy({
      sources: ['src/*/*.js'],
      dest: '/out/',
      from: context(),
      target: stage(),
    });
    expect(written(deep)).toEqual(['/out', '/out/util.js']);
    const none = planCopy({ sources: ['*.py'], dest: '/app/', from: context(), target: stage() });
    expect(none.writes).toEqual([]);
  });

  it('BuildKit copies several sources onto a slash-less destination in turn; legacy refuses', () => {
    const plan = planCopy({
      sources: ['package.json', 'README.md'],
      dest: '/data',
      from: context(),
      target: stage(),
    });
    expect(plan.multipleSourcesWithoutSlash).toBe(true);
    const fs = stage();
    applyCopyPlan(fs, plan);
    expect(fs.readFile('/data')).toBe('readme');
    const act = () =>
      planCopy({
        sources: ['package.json', 'README.md'],
        dest: '/data',
        from: context(),
        legacy: true,
      });
    expect(act).toThrow(CopyMultipleSourcesError);
    expect(act).toThrow(
      'When using COPY with more than one source file, the destination must be a directory and end with a /',
    );
  });

  it('fails on a missing (or .dockerignored) source with BuildKit’s text', () => {
    const act = (src: string) => () =>
      planCopy({ sources: [src], dest: '/app/', from: context(), refId: 'r1::r2' });
    expect(act('missing.txt')).toThrow(CopySourceNotFoundError);
    expect(act('missing.txt')).toThrow(
      'failed to compute cache key: failed to calculate checksum of ref r1::r2: "/missing.txt": not found',
    );
    expect(act('secret.env')).toThrow(
      'failed to compute cache key: failed to calculate checksum of ref r1::r2: "/secret.env": not found',
    );
    expect(act('../outside/x')).toThrow('"/outside/x": not found');
  });

  it('applies --chown (names via /etc/passwd and /etc/group) and --chmod', () => {
    const target = stage();
    const users = userLookupFromFs(target);
    const plan = planCopy({
      sources: ['src/lib'],
      dest: '/app/lib/',
      from: context(),
      target,
      chown: 'node:staff',
      chmod: '750',
      users,
    });
    expect(
      plan.writes.map((w) => [w.path, w.node.uid, w.node.gid, w.node.mode.toString(8)]),
    ).toEqual([
      ['/app/lib', 1000, 50, '750'],
      ['/app/lib/util.js', 1000, 50, '750'],
    ]);
    applyCopyPlan(target, plan);
    expect(target.stat('/app/lib/util.js')).toMatchObject({ uid: 1000, gid: 50, content: 'util' });
    expect(parseChown('node', users)).toEqual({ uid: 1000, gid: 1000 });
    expect(parseChown('65532:65532')).toEqual({ uid: 65532, gid: 65532 });
    expect(parseChown('10')).toEqual({ uid: 10, gid: 10 });
    expect(parseChmod('0644')).toBe(0o644);
  });

  it('refuses unknown users and bad modes', () => {
    const users = userLookupFromFs(stage());
    expect(() => parseChown('nonroot', users)).toThrow(CopyChownError);
    expect(() => parseChown('nonroot', users)).toThrow(
      'unable to find user nonroot: no matching entries in passwd file',
    );
    expect(() => parseChown('node:wheel', users)).toThrow(
      'unable to find group wheel: no matching entries in group file',
    );
    expect(() => parseChmod('999')).toThrow(CopyChmodError);
    expect(() => parseChmod('17777')).toThrow(
      "invalid chmod parameter: '17777'. it should be octal string and between 0 and 07777",
    );
  });

  it('honours --exclude and ignores --link for content', () => {
    const plan = planCopy({
      sources: ['src'],
      dest: '/app/',
      from: context(),
      exclude: ['*.txt', 'lib'],
      link: true,
    });
    expect(written(plan)).toEqual(['/app', '/app/index.js']);
  });

  it('copies from another stage, keeping its owners, and hashes content not mtimes', () => {
    const build = Vfs.create(undefined, { clock: () => 1 });
    build.mkdir('/app/dist', { recursive: true });
    build.writeFile(
      '/app/dist/server',
      { size: 4_780_000 },
      { kind: 'elf-static', mode: 0o755, uid: 1000 },
    );
    const plan = planCopy({ sources: ['/app/dist/server'], dest: '/server', from: build });
    expect(plan.writes).toEqual([
      {
        path: '/server',
        node: expect.objectContaining({ uid: 1000, mode: 0o755, kind: 'elf-static' }) as unknown,
      },
    ]);
    expect(plan.bytes).toBe(4_780_000);
    const touched = Vfs.create(undefined, { clock: () => 99 });
    touched.mkdir('/app/dist', { recursive: true });
    touched.writeFile('/app/dist/server', { size: 4_780_000 }, { kind: 'elf-static', mode: 0o755 });
    expect(
      planCopy({ sources: ['/app/dist/server'], dest: '/server', from: touched }).sourceHash,
    ).toBe(plan.sourceHash);
  });

  it('a changed file changes the COPY source hash', () => {
    const a = planCopy({ sources: ['.'], dest: '/app/', from: context() });
    const host = Vfs.create();
    host.mkdir('/ctx/src', { recursive: true });
    host.writeFile('/ctx/src/index.js', 'changed');
    const b = planCopy({ sources: ['.'], dest: '/app/', from: loadBuildContext(host, '/ctx') });
    expect(a.sourceHash).not.toBe(b.sourceHash);
  });
});
