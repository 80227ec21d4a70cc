import { describe, expect, it } from 'vitest';
import { NPM_CI_USAGE } from '../../../../src/engine/programs/node/npm-log';
import { box, sh } from '../helpers';

const PKG = JSON.stringify({
  name: 'app',
  version: '1.0.0',
  scripts: { build: 'tsc', start: 'node dist/server.js', nope: 'nosuchcmd' },
  dependencies: { express: '^4.21.2' },
  devDependencies: { typescript: '^5.9.3' },
});

function project(ref = 'node:24') {
  const b = box(ref);
  b.vfs.mkdir('/app');
  b.vfs.writeFile('/app/package.json', PKG);
  return b;
}

function size(b: ReturnType<typeof box>, dir: string): number {
  let total = 0;
  for (const { node } of b.vfs.walk(dir)) if (node.type === 'file') total += node.size;
  return total;
}

describe('npm', () => {
  it("npm ci without a lockfile prints npm's EUSAGE block and exits 1", () => {
    const r = sh(project(), 'cd /app && npm ci');
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'npm error code EUSAGE',
      'npm error',
      'npm error The `npm ci` command can only install with an existing package-lock.json or',
      'npm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or',
      'npm error later to generate a package-lock.json file, then try again.',
    ]);
    expect(lines.length).toBe(NPM_CI_USAGE.length + 2);
    expect(lines[lines.length - 2]).toBe(
      'npm error A complete log of this run can be found in: /root/.npm/_logs/2024-01-01T00_00_00_000Z-debug-0.log',
    );
  });

  it('npm install adds dev and prod dependencies and writes a lockfile', () => {
    const b = project();
    const r = sh(b, 'cd /app && npm install');
    expect(r).toEqual({
      code: 0,
      out: '\nadded 66 packages, and audited 67 packages in 2s\n\nfound 0 vulnerabilities\n',
      err: '',
    });
    expect(b.vfs.exists('/app/package-lock.json')).toBe(true);
    expect(b.vfs.readlink('/app/node_modules/.bin/tsc')).toBe('../typescript/bin/tsc');
  });

  it('npm ci --omit=dev skips devDependencies (much smaller node_modules)', () => {
    const full = project();
    sh(full, 'cd /app && npm install');
    const prod = project();
    prod.vfs.writeFile('/app/package-lock.json', full.vfs.readFile('/app/package-lock.json')!);
    const r = sh(prod, 'cd /app && npm ci --omit=dev');
    expect(r.out).toBe(
      '\nadded 65 packages, and audited 66 packages in 2s\n\nfound 0 vulnerabilities\n',
    );
    expect(prod.vfs.exists('/app/node_modules/typescript')).toBe(false);
    expect(size(full, '/app/node_modules') - size(prod, '/app/node_modules')).toBeGreaterThan(20e6);
  });

  it('missing package.json', () => {
    const r = sh(box('node:24'), 'mkdir /app && cd /app && npm install');
    expect(r.code).toBe(254);
    expect(r.err.split('\n').slice(0, 5)).toEqual([
      'npm error code ENOENT',
      'npm error syscall open',
      'npm error path /app/package.json',
      'npm error errno -2',
      "npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'",
    ]);
  });

  it('npm run build runs tsc from node_modules/.bin into outDir', () => {
    const b = project();
    b.vfs.writeFile(
      '/app/tsconfig.json',
      '{ "compilerOptions": { "outDir": "dist", "rootDir": "src" } }',
    );
    b.vfs.mkdir('/app/src');
    b.vfs.writeFile('/app/src/server.ts', "console.log('hello');\n");
    const r = sh(b, 'cd /app && npm install >/dev/null && npm run build');
    expect(r).toEqual({ code: 0, out: '\n> app@1.0.0 build\n> tsc\n\n', err: '' });
    expect(b.vfs.readFile('/app/dist/server.js')).toBe("console.log('hello');\n");
  });

  it('a script whose command is missing: sh says not found, npm passes 127 on', () => {
    const r = sh(project(), 'cd /app && npm run build');
    expect(r).toEqual({
      code: 127,
      out: '\n> app@1.0.0 build\n> tsc\n\n',
      err: 'sh: 1: tsc: not found\n',
    });
  });

  it('npm 10 (node 22) adds its error block after a failed script', () => {
    const r = sh(project('node:22'), 'cd /app && npm run nope');
    expect(r.err).toBe(
      'sh: 1: nosuchcmd: not found\nnpm error code 127\nnpm error path /app\nnpm error command failed\nnpm error command sh -c nosuchcmd\nnpm error A complete log of this run can be found in: /root/.npm/_logs/2024-01-01T00_00_00_000Z-debug-0.log\n',
    );
  });

  it('missing script', () => {
    const r = sh(project(), 'cd /app && npm run lint');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'npm error Missing script: "lint"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\nnpm error A complete log of this run can be found in: /root/.npm/_logs/2024-01-01T00_00_00_000Z-debug-0.log\n',
    );
  });

  it('a non-root user in a root-owned /app gets EACCES', () => {
    const r = sh(project(), 'cd /app && npm install', {
      user: { uid: 1000, gid: 1000 },
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/home/node' },
    });
    expect(r.code).toBe(243);
    expect(r.err.split('\n').slice(0, 5)).toEqual([
      'npm error code EACCES',
      'npm error syscall mkdir',
      'npm error path /app/node_modules',
      'npm error errno -13',
      "npm error Error: EACCES: permission denied, mkdir '/app/node_modules'",
    ]);
  });

  it('unknown packages are installed with a typical size and a note', () => {
    const b = box('node:24');
    b.vfs.mkdir('/app');
    b.vfs.writeFile('/app/package.json', '{"dependencies":{"left-pad":"1.3.0"}}');
    expect(sh(b, 'cd /app && npm install').err).toBe(
      "[stagecraft] npm: 'left-pad' is not in Stagecraft's package table; installed with a typical size.\n",
    );
  });
});
