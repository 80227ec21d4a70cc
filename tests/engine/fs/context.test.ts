import { describe, expect, it } from 'vitest';
import { ContextNotFoundError, loadBuildContext } from '../../../src/engine/fs/context';
import { Vfs } from '../../../src/engine/fs/vfs';

function workspace(dockerignore?: string): Vfs {
  const fs = Vfs.create();
  fs.mkdir('/home/learner/app/src/lib', { recursive: true });
  fs.mkdir('/home/learner/app/node_modules/react', { recursive: true });
  fs.mkdir('/home/learner/app/.git', { recursive: true });
  fs.writeFile('/home/learner/app/Dockerfile', 'FROM node:22\nCOPY . .\n');
  fs.writeFile('/home/learner/app/package.json', '{"name":"app"}');
  fs.writeFile('/home/learner/app/README.md', '# app');
  fs.writeFile('/home/learner/app/src/index.js', 'x'.repeat(100));
  fs.writeFile('/home/learner/app/src/lib/util.js', 'y'.repeat(50));
  fs.writeFile('/home/learner/app/node_modules/react/index.js', 'z'.repeat(1000));
  fs.writeFile('/home/learner/app/node_modules/react/README.md', 'r');
  fs.writeFile('/home/learner/app/.git/HEAD', 'ref: main');
  fs.chown('/home/learner/app/package.json', 1000, 1000);
  if (dockerignore !== undefined) fs.writeFile('/home/learner/app/.dockerignore', dockerignore);
  return fs;
}

const paths = (ctx: { tree: { paths(): Iterable<string> } }) => [...ctx.tree.paths()].sort();

describe('loadBuildContext', () => {
  it('sends everything without a .dockerignore, as 0:0', () => {
    const ctx = loadBuildContext(workspace(), '/home/learner/app');
    expect(ctx.fileCount).toBe(8);
    expect(ctx.size).toBe(22 + 14 + 5 + 100 + 50 + 1000 + 1 + 9);
    expect(ctx.get('/package.json')).toMatchObject({ uid: 0, gid: 0 });
    expect(ctx.dockerignore).toEqual({ size: 0, patterns: [] });
    expect(ctx.dockerfile).toEqual({
      path: 'Dockerfile',
      content: 'FROM node:22\nCOPY . .\n',
      size: 22,
    });
  });

  it('applies .dockerignore, keeping excluded Dockerfile and .dockerignore for the builder', () => {
    const ignore = 'node_modules\n.git\nDockerfile\n.dockerignore\n*.md\n';
    const ctx = loadBuildContext(workspace(ignore), '/home/learner/app');
    expect(paths(ctx)).toEqual([
      '/',
      '/package.json',
      '/src',
      '/src/index.js',
      '/src/lib',
      '/src/lib/util.js',
    ]);
    expect(ctx.fileCount).toBe(3);
    expect(ctx.size).toBe(164);
    expect(ctx.excludedCount).toBe(6);
    expect(ctx.dockerfile?.content).toBe('FROM node:22\nCOPY . .\n');
    expect(ctx.dockerignore).toEqual({
      path: '.dockerignore',
      size: ignore.length,
      patterns: ['node_modules', '.git', 'Dockerfile', '.dockerignore', '*.md'],
    });
    expect(ctx.isIgnored('node_modules/react/index.js')).toBe(true);
    expect(ctx.isIgnored('/src/index.js')).toBe(false);
  });

  it('re-includes an exception inside an excluded directory, with its parents', () => {
    const ctx = loadBuildContext(
      workspace('node_modules\n!node_modules/react/README.md\n'),
      '/home/learner/app',
    );
    expect(ctx.get('/node_modules/react/README.md')).toMatchObject({ content: 'r' });
    expect(ctx.get('/node_modules/react')).toMatchObject({ type: 'dir' });
    expect(ctx.get('/node_modules/react/index.js')).toBeUndefined();
  });

  it('wildcard exceptions walk into excluded directories too', () => {
    const ctx = loadBuildContext(workspace('*\n!**/*.js\n'), '/home/learner/app');
    expect(paths(ctx)).toEqual([
      '/',
      '/node_modules',
      '/node_modules/react',
      '/node_modules/react/index.js',
      '/src',
      '/src/index.js',
      '/src/lib',
      '/src/lib/util.js',
    ]);
  });

  it('prefers <Dockerfile>.dockerignore and honours COPY follow paths', () => {
    const fs = workspace('src\n');
    fs.writeFile('/home/learner/app/Dockerfile.dockerignore', 'node_modules\n');
    const ctx = loadBuildContext(fs, '/home/learner/app', {
      includePaths: ['src/lib', 'package.json'],
    });
    expect(ctx.dockerignore.path).toBe('Dockerfile.dockerignore');
    expect(paths(ctx)).toEqual(['/', '/package.json', '/src', '/src/lib', '/src/lib/util.js']);
    const all = loadBuildContext(fs, '/home/learner/app', { includePaths: ['.', 'src'] });
    expect(all.fileCount).toBe(8);
  });

  it('refuses a missing context directory', () => {
    const act = () => loadBuildContext(workspace(), '/home/learner/nope');
    expect(act).toThrow(ContextNotFoundError);
    expect(act).toThrow('unable to prepare context: path "/home/learner/nope" not found');
  });
});
