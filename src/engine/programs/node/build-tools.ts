/**
 * The build tools `npm run build` most often calls. tsc is modelled: every .ts/.tsx file
 * under rootDir becomes a .js file under outDir (the text is copied as is: the simulator
 * only reads JS for require/import/console.log/listen). vite and react-scripts write their
 * usual output folders and say that their console output is not simulated.
 */
import { basename, dirname, relative, resolve } from '../../fs/posix-path';
import type { Process, Program } from '../host';
import { stagecraftNote } from '../notes';
import { println } from '../output';

function readConfig(proc: Process, file: string): Record<string, unknown> | undefined {
  try {
    const text = proc.vfs.readFile(resolve(proc.cwd, file)) ?? '';
    // tsconfig allows comments and trailing commas.
    const json = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/,(\s*[}\]])/g, '$1');
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export const tsc: Program = (proc) => {
  const args = proc.argv.slice(1);
  if (args.includes('-v') || args.includes('--version')) {
    println(proc.stdout, 'Version 5.9.3');
    return { code: 0 };
  }
  const p = args.indexOf('-p') >= 0 ? args[args.indexOf('-p') + 1] : undefined;
  const configPath = p ? (p.endsWith('.json') ? p : `${p}/tsconfig.json`) : 'tsconfig.json';
  const config = readConfig(proc, configPath);
  if (!config) {
    println(
      proc.stderr,
      stagecraftNote(
        'output-not-modelled',
        'tsc',
        `no ${configPath}; tsc would print its help text and exit 1`,
      ),
    );
    return { code: 1 };
  }
  const options = (config['compilerOptions'] ?? {}) as Record<string, unknown>;
  const base = dirname(resolve(proc.cwd, configPath));
  const sources: string[] = [];
  const outDir =
    typeof options['outDir'] === 'string' ? resolve(base, options['outDir']) : undefined;
  for (const { path, node } of proc.vfs.walk(base)) {
    if (
      node.type !== 'file' ||
      path.includes('/node_modules/') ||
      (outDir && path.startsWith(outDir + '/'))
    )
      continue;
    if (/\.tsx?$/.test(path) && !path.endsWith('.d.ts')) sources.push(path);
  }
  if (options['noEmit'] === true || !outDir) {
    if (!outDir)
      for (const s of sources)
        proc.vfs.writeFile(s.replace(/\.tsx?$/, '.js'), proc.vfs.readFile(s) ?? '');
    return { code: 0 };
  }
  const rootDir =
    typeof options['rootDir'] === 'string'
      ? resolve(base, options['rootDir'])
      : commonDir(sources, base);
  for (const s of sources) {
    const out = resolve(outDir, relative(rootDir, s).replace(/\.tsx?$/, '.js'));
    proc.vfs.mkdir(dirname(out), { recursive: true });
    proc.vfs.writeFile(out, proc.vfs.readFile(s) ?? '');
  }
  return { code: 0 };
};

function commonDir(files: readonly string[], fallback: string): string {
  if (files.length === 0) return fallback;
  let dir = dirname(files[0]!);
  for (const f of files) while (!(f.startsWith(dir + '/') || dir === '/')) dir = dirname(dir);
  return dir;
}

function bundle(proc: Process, tool: string, outName: string): number {
  const out = resolve(proc.cwd, outName);
  let size = 0;
  for (const dir of ['src', 'public']) {
    const d = resolve(proc.cwd, dir);
    if (!proc.vfs.isDirectory(d)) continue;
    for (const { node } of proc.vfs.walk(d)) if (node.type === 'file') size += node.size;
  }
  proc.vfs.mkdir(`${out}/assets`, { recursive: true });
  const html = proc.vfs.exists(resolve(proc.cwd, 'index.html'))
    ? (proc.vfs.readFile(resolve(proc.cwd, 'index.html')) ?? '')
    : '<!doctype html>\n';
  proc.vfs.writeFile(`${out}/index.html`, html);
  // React and the app's code, minified: ~140 kB plus a third of the sources.
  proc.vfs.writeFile(`${out}/assets/index.js`, {
    size: 140_000 + Math.round(size / 3),
    fingerprint: `${tool}:${size}`,
  });
  println(
    proc.stderr,
    stagecraftNote(
      'output-not-modelled',
      tool,
      `wrote ${basename(out)}/index.html and ${basename(out)}/assets/index.js`,
    ),
  );
  return 0;
}

export const vite: Program = (proc) => {
  if (proc.argv[1] === 'build') return { code: bundle(proc, 'vite build', 'dist') };
  println(
    proc.stderr,
    stagecraftNote('not-modelled', `vite ${proc.argv.slice(1).join(' ')}`.trim()),
  );
  return { code: 0 };
};

export const reactScripts: Program = (proc) => {
  if (proc.argv[1] === 'build') return { code: bundle(proc, 'react-scripts build', 'build') };
  println(
    proc.stderr,
    stagecraftNote('not-modelled', `react-scripts ${proc.argv.slice(1).join(' ')}`.trim()),
  );
  return { code: 0 };
};
