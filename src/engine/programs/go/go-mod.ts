/** go.mod reading and the module cache (`go mod download`, downloads during `go build`). */
import { own } from '../own';
import { dirname, resolve } from '../../fs/posix-path';
import type { Process } from '../host';

export interface GoMod {
  readonly dir: string;
  readonly module: string;
  readonly requires: readonly { readonly path: string; readonly version: string }[];
}

/** Searches the directory and its parents, as the go command does. */
export function findGoMod(proc: Process, dir: string): GoMod | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const path = resolve(d, 'go.mod');
    let text: string | null;
    try {
      text = proc.vfs.readFile(path);
    } catch {
      text = null;
    }
    if (text !== null) {
      const module = /^\s*module\s+(\S+)/m.exec(text)?.[1] ?? 'example.com/app';
      const requires: { path: string; version: string }[] = [];
      const block = /require\s*\(([\s\S]*?)\)/g;
      for (const m of text.matchAll(block)) {
        for (const r of m[1]!.matchAll(/^\s*(\S+)\s+(v\S+)/gm))
          requires.push({ path: r[1]!, version: r[2]! });
      }
      for (const r of text.matchAll(/^\s*require\s+(\S+)\s+(v\S+)/gm))
        requires.push({ path: r[1]!, version: r[2]! });
      return { dir: d, module, requires };
    }
    if (d === '/') return undefined;
  }
}

export const GO_MOD_NOT_FOUND =
  "go: go.mod file not found in current directory or any parent directory; see 'go help modules'";

/** Modules the lessons use: download size and whether they pull in net (they serve HTTP). */
export const GO_MODULES: Readonly<Record<string, { size: number; net: boolean; binary: number }>> =
  {
    'github.com/gin-gonic/gin': { size: 9_000_000, net: true, binary: 4_000_000 },
    'github.com/gorilla/mux': { size: 300_000, net: true, binary: 200_000 },
    'github.com/go-chi/chi/v5': { size: 400_000, net: true, binary: 150_000 },
    'github.com/labstack/echo/v4': { size: 2_500_000, net: true, binary: 1_500_000 },
    'github.com/lib/pq': { size: 900_000, net: true, binary: 700_000 },
    'github.com/jackc/pgx/v5': { size: 3_000_000, net: true, binary: 2_000_000 },
    'github.com/go-sql-driver/mysql': { size: 700_000, net: true, binary: 600_000 },
    'github.com/spf13/cobra': { size: 1_500_000, net: false, binary: 900_000 },
    'github.com/sirupsen/logrus': { size: 500_000, net: false, binary: 300_000 },
    'github.com/google/uuid': { size: 200_000, net: false, binary: 100_000 },
  };

export function modCacheDir(proc: Process): string {
  return proc.env['GOMODCACHE'] ?? `${proc.env['GOPATH'] ?? '/go'}/pkg/mod`;
}

/** Downloads required modules missing from the cache; returns the `go: downloading` lines. */
export function downloadModules(proc: Process, mod: GoMod): string[] {
  const lines: string[] = [];
  const cache = modCacheDir(proc);
  for (const r of mod.requires) {
    const dir = `${cache}/${r.path.toLowerCase()}@${r.version}`;
    if (proc.vfs.exists(dir)) continue;
    lines.push(`go: downloading ${r.path} ${r.version}`);
    proc.vfs.mkdir(dir, { recursive: true });
    proc.vfs.writeFile(`${dir}/go.mod`, `module ${r.path}\n`);
    proc.vfs.writeFile(`${dir}/source.zip-contents`, {
      size: own(GO_MODULES, r.path)?.size ?? 1_500_000,
      fingerprint: `gomod:${r.path}@${r.version}`,
    });
  }
  return lines;
}
