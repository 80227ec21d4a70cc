/**
 * npm install / ci / run / start / test. Installs write node_modules/<pkg>/package.json and
 * one synthetic file per package with the package's (and its dependencies') size from
 * npm-table.ts; devDependencies are skipped with --omit=dev, --production, --only=prod or
 * NODE_ENV=production. `npm run` runs the script with `sh -c` and node_modules/.bin on PATH.
 * uncertain: the "N packages are looking for funding" lines are not printed.
 */
import { own } from '../own';
import { isFsError } from '../../fs/errors';
import { resolve } from '../../fs/posix-path';
import type { Process, Program } from '../host';
import { stagecraftNote } from '../notes';
import { println } from '../output';
import { DEFAULT_NPM_PACKAGE, NPM_PACKAGES } from './npm-table';
import { NPM_CI_USAGE, npmError } from './npm-log';
import { readJson, versionOf, type PackageJson } from './package-json';
import { runScriptCommand } from './npm-run';

function duration(count: number): string {
  const ms = 400 + count * 25;
  return ms < 1000 ? `${ms}ms` : `${Math.round(ms / 1000)}s`;
}

function readPackage(proc: Process): PackageJson | undefined {
  const r = readJson<PackageJson>(proc, proc.cwd, 'package.json');
  if (r.ok) return r.value;
  if (r.reason === 'missing') {
    npmError(proc, [
      'code ENOENT',
      'syscall open',
      `path ${r.path}`,
      'errno -2',
      `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${r.path}'`,
      'enoent This is related to npm not being able to find a file.',
      'enoent',
    ]);
  } else {
    // uncertain: npm adds the JSON.parse position details after this line.
    npmError(proc, [
      'code EJSONPARSE',
      `path ${r.path}`,
      `JSON.parse Invalid package.json: ${r.detail ?? ''}`,
    ]);
  }
  return undefined;
}

function install(proc: Process, pkg: PackageJson, omitDev: boolean, clean: boolean): number {
  const nm = resolve(proc.cwd, 'node_modules');
  const deps = {
    ...(pkg.dependencies ?? {}),
    ...(pkg.optionalDependencies ?? {}),
    ...(omitDev ? {} : (pkg.devDependencies ?? {})),
  };
  try {
    if (clean) proc.vfs.rm(nm, { recursive: true, force: true });
    if (Object.keys(deps).length > 0) proc.vfs.mkdir(nm, { recursive: true });
  } catch (e) {
    if (!isFsError(e) || e.code !== 'EACCES') throw e;
    npmError(proc, [
      'code EACCES',
      'syscall mkdir',
      `path ${nm}`,
      'errno -13',
      `Error: EACCES: permission denied, mkdir '${nm}'`,
      "[Error: EACCES: permission denied, mkdir '" + nm + "'] {",
      '  errno: -13,',
      "  code: 'EACCES',",
      "  syscall: 'mkdir',",
      `  path: '${nm}'`,
      '}',
      '',
      'The operation was rejected by your operating system.',
      'It is likely you do not have the permissions to access this file as the current user',
      '',
      'If you believe this might be a permissions issue, please double-check the',
      'permissions of the file and its containing directories, or try running',
      'the command again as root/Administrator.',
    ]);
    return 243;
  }
  let added = 0;
  let bytes = 0;
  for (const [name, range] of Object.entries(deps)) {
    if (!proc.vfs.exists(resolve(nm, `${name}/package.json`)) || clean) {
      const known = own(NPM_PACKAGES, name);
      if (!known) println(proc.stderr, stagecraftNote('unknown-package', 'npm', name));
      const info = known ?? DEFAULT_NPM_PACKAGE;
      writePackage(proc, nm, name, versionOf(range), info);
      added += info.count;
      bytes += info.size;
    }
  }
  const lock = resolve(proc.cwd, 'package-lock.json');
  if (!proc.vfs.exists(lock)) proc.vfs.writeFile(lock, lockfile(pkg, deps));
  if (bytes > 0) {
    // npm keeps the downloaded tarballs in its cache (~1/3 of the unpacked size).
    const home = proc.env['HOME'] ?? '/root';
    const cache = `${home}/.npm/_cacache/content-v2/sha512`;
    proc.vfs.mkdir(cache, { recursive: true });
    proc.vfs.writeFile(`${cache}/${proc.sys.now.toString(16)}${added}`, {
      size: Math.round(bytes / 3),
      fingerprint: `npm-cache:${added}`,
    });
  }
  println(proc.stdout, '');
  if (added === 0) println(proc.stdout, `up to date, audited 1 package in ${duration(0)}`);
  else {
    println(
      proc.stdout,
      `added ${added} packages, and audited ${added + 1} packages in ${duration(added)}`,
    );
    println(proc.stdout, '');
    println(proc.stdout, 'found 0 vulnerabilities');
  }
  return 0;
}

function writePackage(
  proc: Process,
  nm: string,
  name: string,
  version: string,
  info: { size: number; bins?: readonly (readonly [string, string])[] },
): void {
  const dir = resolve(nm, name);
  proc.vfs.mkdir(dir, { recursive: true });
  const manifest = JSON.stringify({ name, version, main: 'index.js' }, null, 2) + '\n';
  proc.vfs.writeFile(resolve(dir, 'package.json'), manifest);
  proc.vfs.writeFile(resolve(dir, 'index.js'), {
    size: Math.max(0, info.size - manifest.length),
    fingerprint: `npm:${name}@${version}`,
  });
  for (const [bin, rel] of info.bins ?? []) {
    const target = resolve(dir, rel);
    proc.vfs.mkdir(resolve(target, '..'), { recursive: true });
    proc.vfs.writeFile(
      target,
      { size: 2_000, fingerprint: `npm-bin:${name}:${bin}` },
      { mode: 0o755, kind: `program:${bin}` },
    );
    proc.vfs.mkdir(resolve(nm, '.bin'), { recursive: true });
    proc.vfs.rm(resolve(nm, `.bin/${bin}`), { force: true });
    proc.vfs.symlink(`../${name}/${rel}`, resolve(nm, `.bin/${bin}`));
  }
}

function lockfile(pkg: PackageJson, deps: Record<string, string>): string {
  const packages: Record<string, unknown> = {
    '': {
      name: pkg.name,
      version: pkg.version,
      dependencies: pkg.dependencies ?? {},
      devDependencies: pkg.devDependencies ?? {},
    },
  };
  for (const [name, range] of Object.entries(deps))
    packages[`node_modules/${name}`] = { version: versionOf(range) };
  return (
    JSON.stringify(
      { name: pkg.name, version: pkg.version, lockfileVersion: 3, requires: true, packages },
      null,
      2,
    ) + '\n'
  );
}

export const npm: Program = (proc) => {
  const args = proc.argv.slice(1);
  const flags = args.filter((a) => a.startsWith('-'));
  const words = args.filter((a) => !a.startsWith('-'));
  const [command, ...rest] = words;
  if (args[0] === '-v' || args[0] === '--version') {
    println(proc.stdout, proc.sys.image.runtimes.npm ?? '10.9.0');
    return { code: 0 };
  }
  const omitDev =
    flags.some(
      (f) =>
        f === '--omit=dev' ||
        f === '--production' ||
        f === '--only=production' ||
        f === '--only=prod',
    ) ||
    (proc.env['NODE_ENV'] === 'production' && !flags.includes('--include=dev'));
  if (flags.some((f) => f.startsWith('--only='))) {
    println(
      proc.stderr,
      'npm warn config only Use `--omit=dev` to omit dev dependencies from the install.',
    );
  }
  switch (command) {
    case 'install':
    case 'i':
    case 'ci':
    case 'clean-install': {
      const pkg = readPackage(proc);
      if (!pkg) return { code: 254 };
      const ci = command === 'ci' || command === 'clean-install';
      if (
        ci &&
        !proc.vfs.exists(resolve(proc.cwd, 'package-lock.json')) &&
        !proc.vfs.exists(resolve(proc.cwd, 'npm-shrinkwrap.json'))
      ) {
        npmError(proc, NPM_CI_USAGE);
        return { code: 1 };
      }
      const extra: Record<string, string> = {};
      for (const name of rest)
        extra[name.replace(/(.)@.*$/, '$1')] = name.includes('@', 1)
          ? name.slice(name.lastIndexOf('@') + 1)
          : 'latest';
      const merged = { ...pkg, dependencies: { ...(pkg.dependencies ?? {}), ...extra } };
      if (rest.length > 0)
        proc.vfs.writeFile(
          resolve(proc.cwd, 'package.json'),
          JSON.stringify(merged, null, 2) + '\n',
        );
      return { code: install(proc, merged, omitDev, ci) };
    }
    case 'run':
    case 'run-script':
      return runScriptCommand(proc, rest[0], rest.slice(1));
    case 'start':
    case 'test':
      return runScriptCommand(proc, command, rest);
    case 'cache':
      if (rest[0] === 'clean') {
        proc.vfs.rm(`${proc.env['HOME'] ?? '/root'}/.npm/_cacache`, {
          recursive: true,
          force: true,
        });
        return { code: 0 };
      }
      break;
  }
  println(proc.stderr, stagecraftNote('not-modelled', `npm ${command ?? ''}`.trim()));
  return { code: 0 };
};
