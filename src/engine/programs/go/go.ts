/**
 * The go command: build, install, run, mod download, version. `go build` decides linking the
 * way Go does: cgo is on when CGO_ENABLED=1, or when it is unset and a C compiler (gcc) is on
 * PATH (golang:*-trixie has gcc, golang:*-alpine does not). With cgo on, a program that
 * imports net (directly, via net/http, or via a module such as gin) links glibc dynamically
 * unless built with -tags netgo; os/user likewise unless osusergo; `-ldflags '-extldflags
 * "-static"'` links statically. Compile errors are out of scope (only unbalanced braces).
 */
import { own } from '../own';
import { basename, dirname, resolve } from '../../fs/posix-path';
import { encodeBinary, glibcNeedsFor, type BinaryInfo } from '../binary';
import type { Process, Program } from '../host';
import { stagecraftNote } from '../notes';
import { println } from '../output';
import { DEFAULT_PATH, lookPath } from '../registry';
import { runBuiltBinary } from './run-binary';
import { braceError, goOutput, goServer, parseGoFile, type GoFile } from './go-source';
import { downloadModules, findGoMod, GO_MOD_NOT_FOUND, GO_MODULES, type GoMod } from './go-mod';

/** Bytes each standard package adds to a binary (rough, from `go build` of small programs). */
const STD_SIZES: Readonly<Record<string, number>> = {
  fmt: 800_000,
  'net/http': 5_600_000,
  net: 1_500_000,
  'encoding/json': 400_000,
  'os/user': 100_000,
  log: 50_000,
  'database/sql': 400_000,
  'html/template': 900_000,
  'text/template': 500_000,
  'crypto/tls': 1_200_000,
};
const RUNTIME_BYTES = 1_300_000;

interface Flags {
  out?: string;
  tags: string[];
  ldflags: string;
  packages: string[];
}

function parseFlags(args: readonly string[]): Flags {
  const f: Flags = { tags: [], ldflags: '', packages: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (name: string) =>
      a.startsWith(`${name}=`)
        ? a.slice(name.length + 1)
        : a === name
          ? (args[++i] ?? '')
          : undefined;
    const o = value('-o');
    const t = value('-tags');
    const l = value('-ldflags');
    if (o !== undefined) f.out = o;
    else if (t !== undefined) f.tags.push(...t.split(/[ ,]+/).filter(Boolean));
    else if (l !== undefined) f.ldflags = l.replace(/^['"]|['"]$/g, '');
    else if (a.startsWith('-')) continue;
    else f.packages.push(a);
  }
  return f;
}

function goFiles(proc: Process, dir: string): GoFile[] {
  let names: string[];
  try {
    names = proc.vfs.readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.go') && !n.endsWith('_test.go'))
    .map((n) => parseGoFile(n, proc.vfs.readFile(resolve(dir, n)) ?? ''));
}

/** All imports of the package and of the module's own packages it imports (transitively). */
function collectImports(
  proc: Process,
  mod: GoMod,
  dir: string,
  seen = new Set<string>(),
): Set<string> {
  const all = new Set<string>();
  if (seen.has(dir)) return all;
  seen.add(dir);
  for (const f of goFiles(proc, dir)) {
    for (const imp of f.imports) {
      all.add(imp);
      if (imp === mod.module || imp.startsWith(mod.module + '/')) {
        for (const sub of collectImports(
          proc,
          mod,
          resolve(mod.dir, imp.slice(mod.module.length + 1) || '.'),
          seen,
        ))
          all.add(sub);
      }
    }
  }
  return all;
}

interface Built {
  readonly info: BinaryInfo;
  readonly size: number;
  readonly name: string;
}

function build(proc: Process, flags: Flags): Built | number {
  const mod = findGoMod(proc, proc.cwd);
  if (!mod) {
    println(proc.stderr, GO_MOD_NOT_FOUND);
    return 1;
  }
  const target = flags.packages[0] ?? '.';
  const dir = target.endsWith('.go')
    ? proc.cwd
    : resolve(proc.cwd, target.replace(/\/\.\.\.$/, ''));
  const files = target.endsWith('.go')
    ? flags.packages.map((p) =>
        parseGoFile(basename(p), proc.vfs.readFile(resolve(proc.cwd, p)) ?? ''),
      )
    : goFiles(proc, dir);
  if (files.length === 0) {
    // uncertain: the exact wording differs between Go releases.
    println(proc.stderr, `no Go files in ${dir}`);
    return 1;
  }
  for (const f of files) {
    const err = braceError(f);
    if (err) {
      println(proc.stderr, `# ${mod.module}`);
      println(proc.stderr, err);
      return 1;
    }
  }
  const imports = collectImports(proc, mod, dir);
  for (const f of files) for (const i of f.imports) imports.add(i);
  const external = [...imports].filter(
    (i) => i.split('/')[0]!.includes('.') && !i.startsWith(mod.module),
  );
  for (const imp of external) {
    const req = mod.requires.find((r) => imp === r.path || imp.startsWith(r.path + '/'));
    if (!req) {
      const file = files.find((f) => f.imports.includes(imp));
      const line = (file?.text.split('\n').findIndex((l) => l.includes(`"${imp}"`)) ?? 0) + 1;
      println(
        proc.stderr,
        `${file?.name ?? 'main.go'}:${line}:2: no required module provides package ${imp}; to add it:`,
      );
      println(proc.stderr, `\tgo get ${imp}`);
      return 1;
    }
  }
  for (const line of downloadModules(proc, mod)) println(proc.stderr, line);
  const moduleNet = external.some((i) =>
    Object.entries(GO_MODULES).some(([p, m]) => i.startsWith(p) && m.net),
  );
  const usesNet = imports.has('net') || imports.has('net/http') || moduleNet;
  const usesUser = imports.has('os/user');
  const usesC = imports.has('C');
  const env = proc.env['CGO_ENABLED'];
  const hasGcc =
    'node' in
    lookPath(proc.vfs, proc.env['CC'] ?? 'gcc', proc.cwd, proc.env['PATH'] ?? DEFAULT_PATH);
  const cgo = env === '1' || (env === undefined && hasGcc);
  if (cgo && !hasGcc && (usesNet || usesUser || usesC)) {
    println(proc.stderr, '# runtime/cgo');
    println(
      proc.stderr,
      'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH',
    );
    return 1;
  }
  const cgoImports = [
    ...(usesNet && !flags.tags.includes('netgo') ? ['net'] : []),
    ...(usesUser && !flags.tags.includes('osusergo') ? ['os/user'] : []),
    ...(usesC ? ['C'] : []),
  ];
  const staticLink = /-extldflags[= ]+['"]?[^'"]*-static/.test(flags.ldflags);
  const dynamic = cgo && cgoImports.length > 0 && !staticLink;
  const builtWith = proc.sys.image.glibcVersion;
  let size = RUNTIME_BYTES;
  for (const i of imports)
    size += own(STD_SIZES, i) ?? (i.split('/')[0]!.includes('.') ? 0 : 60_000);
  for (const [p, m] of Object.entries(GO_MODULES))
    if (external.some((e) => e.startsWith(p))) size += m.binary;
  if (usesNet && !imports.has('net/http')) size += STD_SIZES['net']!;
  if (/(^|\s)-s(\s|$)/.test(flags.ldflags) || /(^|\s)-w(\s|$)/.test(flags.ldflags))
    size = Math.round(size * 0.7);
  if (dynamic) size = Math.round(size * 0.99);
  const { output, unresolved } = goOutput(files.filter((f) => f.pkg === 'main'));
  const server = goServer(files);
  const info: BinaryInfo = {
    lang: 'go',
    linking: dynamic ? 'dynamic' : 'static',
    ...(dynamic && builtWith
      ? { builtWithGlibc: builtWith, glibcNeeds: glibcNeedsFor(builtWith) }
      : {}),
    output,
    ...(server ? { server } : {}),
    ...(cgoImports.length > 0 && dynamic ? { cgoImports } : {}),
    ...(unresolved > 0 ? { note: `${unresolved} print call(s) format values at run time` } : {}),
  };
  const name =
    target === '.' || target.endsWith('.go')
      ? basename(
          target.endsWith('.go') ? target.replace(/\.go$/, '') : dir === mod.dir ? mod.module : dir,
        )
      : basename(dir);
  return { info, size, name };
}

function writeBinary(proc: Process, path: string, built: Built): void {
  const kind = built.info.linking === 'dynamic' ? 'elf-dynamic-glibc' : 'elf-static';
  // Go's install step creates the target's directory (cmd/go BuildInstallFunc), which is why
  // `RUN go build -o /out/myapp .` works in Dockerfiles without a `mkdir /out`.
  proc.vfs.mkdir(dirname(path), { recursive: true });
  proc.vfs.writeFile(
    path,
    { size: built.size, fingerprint: encodeBinary(built.info) },
    { mode: 0o755, kind },
  );
  // The build cache (GOCACHE, default ~/.cache/go-build) keeps compiled packages.
  const cache = proc.env['GOCACHE'] ?? `${proc.env['HOME'] ?? '/root'}/.cache/go-build`;
  proc.vfs.mkdir(cache, { recursive: true });
  proc.vfs.writeFile(`${cache}/${built.name}-${built.size.toString(16)}-d`, {
    size: built.size * 4,
    fingerprint: `gocache:${built.name}`,
  });
}

export const go: Program = (proc) => {
  const [command, ...args] = proc.argv.slice(1);
  switch (command) {
    case 'version':
      println(proc.stdout, `go version go${proc.sys.image.runtimes.go ?? '1.27.1'} linux/amd64`);
      return { code: 0 };
    case 'build':
    case 'install':
    case 'run': {
      const flags = parseFlags(args);
      const built = build(proc, flags);
      if (typeof built === 'number') return { code: built };
      if (command === 'run') return runBuiltBinary(proc, built.info, built.name);
      let out =
        command === 'install'
          ? `${proc.env['GOPATH'] ?? '/go'}/bin/${built.name}`
          : resolve(proc.cwd, flags.out ?? built.name);
      if (flags.out && (flags.out.endsWith('/') || proc.vfs.isDirectory(out)))
        out = resolve(out, built.name);
      writeBinary(proc, out, built);
      return { code: 0 };
    }
    case 'mod':
      if (args[0] === 'download' || args[0] === 'tidy' || args[0] === 'verify') {
        const mod = findGoMod(proc, proc.cwd);
        if (!mod) {
          println(proc.stderr, GO_MOD_NOT_FOUND);
          return { code: 1 };
        }
        const lines = downloadModules(proc, mod);
        if (args[0] === 'tidy') for (const l of lines) println(proc.stderr, l);
        if (args[0] === 'verify') println(proc.stdout, 'all modules verified');
        return { code: 0 };
      }
      break;
  }
  println(proc.stderr, stagecraftNote('not-modelled', `go ${command ?? ''}`.trim()));
  return { code: 0 };
};
