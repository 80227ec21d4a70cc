/**
 * A small stand-in for the programs module (src/engine/programs), used until its RUN entry
 * point lands and in tests that only need the builder's behaviour. It understands `cmd1 &&
 * cmd2 ; cmd3`, `VAR=value cmd`, and a handful of commands whose effect on files decides image
 * sizes in the lessons: echo, true/false, exit, mkdir, touch, rm, npm ci/install/run build,
 * go build, apt-get/apk installs. Anything else succeeds silently.
 */
import { posixPath, type Vfs } from '../fs';
import type { RunExecutor, RunRequest, RunResult } from './types';

const MB = 1_000_000;

function words(cmd: string): string[] {
  return (cmd.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, ''));
}

function ensureDir(vfs: Vfs, path: string): void {
  vfs.mkdir(path, { recursive: true });
}

function put(vfs: Vfs, path: string, size: number, seed: string, kind?: string): void {
  ensureDir(vfs, posixPath.dirname(path));
  vfs.writeFile(
    path,
    { size, fingerprint: seed },
    { mode: kind ? 0o755 : 0o644, ...(kind ? { kind } : {}) },
  );
}

function packageDeps(vfs: Vfs, cwd: string): number {
  try {
    const text = vfs.readFile(posixPath.resolve(cwd, 'package.json')) ?? '';
    const json = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
    return (
      Object.keys(json['dependencies'] ?? {}).length +
      Object.keys(json['devDependencies'] ?? {}).length
    );
  } catch {
    return 0;
  }
}

function buildScript(vfs: Vfs, cwd: string): string {
  try {
    const json = JSON.parse(vfs.readFile(posixPath.resolve(cwd, 'package.json')) ?? '') as {
      scripts?: Record<string, string>;
    };
    return json.scripts?.['build'] ?? '';
  } catch {
    return '';
  }
}

function runOne(
  argv: string[],
  env: Record<string, string>,
  req: RunRequest,
  out: string[],
  cwd: { dir: string },
): number {
  const [cmd, ...args] = argv;
  const at = (p: string) => posixPath.resolve(cwd.dir, p);
  switch (cmd) {
    case undefined:
    case 'true':
    case ':':
      return 0;
    case 'false':
      return 1;
    case 'exit':
      return Number(args[0] ?? 0) || 0;
    case 'echo':
      out.push(args.join(' '));
      return 0;
    case 'cd':
      cwd.dir = at(args[0] ?? '/');
      return 0;
    case 'mkdir':
      for (const a of args.filter((x) => !x.startsWith('-'))) ensureDir(req.vfs, at(a));
      return 0;
    case 'touch':
      for (const a of args) put(req.vfs, at(a), 0, a);
      return 0;
    case 'rm':
      for (const a of args.filter((x) => !x.startsWith('-')))
        req.vfs.rm(at(a), { recursive: true, force: true });
      return 0;
    case 'npm': {
      if (args[0] === 'ci' || args[0] === 'install' || args[0] === 'i') {
        const deps = Math.max(1, packageDeps(req.vfs, cwd.dir));
        const prod = args.includes('--omit=dev') || args.includes('--production');
        const size = (prod ? 12 : 45) * MB + deps * 2 * MB;
        put(req.vfs, at('node_modules/.package-lock.json'), 4_000, req.seed);
        put(req.vfs, at('node_modules/.bin/.keep'), 0, req.seed);
        put(req.vfs, at('node_modules/.stagecraft-modules'), size, req.seed);
        out.push(
          '',
          `added ${deps * 37} packages, and audited ${deps * 37 + 1} packages in 3s`,
          '',
          'found 0 vulnerabilities',
        );
        return 0;
      }
      if (args[0] === 'run' && args[1] === 'build') {
        const m = /--outDir[ =](\S+)|-o (\S+)/.exec(buildScript(req.vfs, cwd.dir));
        const dir = m?.[1] ?? m?.[2] ?? 'dist';
        put(req.vfs, at(`${dir}/index.js`), 120_000, req.seed);
        put(req.vfs, at(`${dir}/server.js`), 60_000, req.seed);
        out.push('', '> build', '> tsc', '');
        return 0;
      }
      return 0;
    }
    case 'go': {
      if (args[0] !== 'build') return 0;
      const o = args.indexOf('-o');
      const target = o >= 0 && args[o + 1] ? at(args[o + 1]!) : at('app');
      const cgo = (env['CGO_ENABLED'] ?? (req.facts.cgoDefault === false ? '0' : '1')) !== '0';
      put(req.vfs, target, 7_340_000, req.seed, cgo ? 'elf-dynamic-glibc' : 'elf-static');
      return 0;
    }
    case 'apt-get':
    case 'apk':
      if (args.includes('install') || args.includes('add')) {
        put(req.vfs, `/usr/lib/stagecraft-packages-${req.seed.slice(0, 8)}`, 30 * MB, req.seed);
      }
      return 0;
    default:
      return 0;
  }
}

export const fallbackExecutor: RunExecutor = {
  run(req: RunRequest): RunResult {
    const script =
      req.argv.length >= 3 && /sh$/.test(req.argv[0]!) && req.argv[1] === '-c'
        ? req.argv[2]!
        : undefined;
    const out: string[] = [];
    const cwd = { dir: req.cwd };
    let code = 0;
    const commands =
      script === undefined ? [[...req.argv]] : script.split(/\s*(?:&&|;|\n)\s*/).map(words);
    for (const argv of commands) {
      const env: Record<string, string> = { ...req.env };
      while (argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0]!)) {
        const [k, v] = argv.shift()!.split(/=(.*)/s) as [string, string];
        env[k] = v;
      }
      code = runOne(argv, env, req, out, cwd);
      if (code !== 0) break;
    }
    return { exitCode: code, output: out };
  },
};
