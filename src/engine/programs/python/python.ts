/**
 * python3 and pip. `python app.py` is read like node's scripts: top-level `import x` /
 * `from x import y` must resolve to the standard library, a local module, or a package in a
 * site-packages directory (else Python's real ModuleNotFoundError traceback); literal
 * `print("…")` lines are printed; `app.run(`, `uvicorn.run(` or `serve_forever(` keep it
 * running. pip installs write site-packages/<name> with sizes from a small table.
 */
import { own } from '../own';
import { dirname, resolve } from '../../fs/posix-path';
import type { Process, Program } from '../host';
import { stagecraftNote } from '../notes';
import { println } from '../output';

const STDLIB = new Set(
  'abc argparse array asyncio base64 collections concurrent contextlib copy csv dataclasses datetime decimal enum functools glob gzip hashlib heapq hmac http importlib io itertools json logging math multiprocessing os pathlib pickle platform pprint queue random re secrets shutil signal socket socketserver sqlite3 ssl statistics string struct subprocess sys tempfile textwrap threading time traceback typing unittest urllib uuid warnings wsgiref xml zipfile zoneinfo __future__'.split(
    ' ',
  ),
);

/** Import name → distribution name where they differ. */
const IMPORT_NAMES: Readonly<Record<string, string>> = {
  yaml: 'pyyaml',
  PIL: 'pillow',
  bs4: 'beautifulsoup4',
  sklearn: 'scikit-learn',
  cv2: 'opencv-python',
  dotenv: 'python-dotenv',
  jwt: 'pyjwt',
};

/** Installed bytes of common distributions (with their dependencies). uncertain: approximate. */
const PIP_SIZES: Readonly<Record<string, number>> = {
  flask: 3_500_000,
  django: 38_000_000,
  fastapi: 12_000_000,
  uvicorn: 2_500_000,
  requests: 1_400_000,
  numpy: 60_000_000,
  pandas: 130_000_000,
  gunicorn: 700_000,
  pyyaml: 800_000,
  pillow: 14_000_000,
  'python-dotenv': 100_000,
  psycopg2: 3_000_000,
  'psycopg2-binary': 9_000_000,
  sqlalchemy: 10_000_000,
  pytest: 3_000_000,
  beautifulsoup4: 900_000,
  'scikit-learn': 45_000_000,
};

export function pythonVersion(proc: Process): string {
  const v = proc.sys.image.runtimes.python;
  if (v) return v.split('.').slice(0, 2).join('.');
  return proc.sys.image.osVersion === '12' ? '3.11' : '3.13';
}

export function sitePackages(proc: Process, user: boolean): string {
  const v = pythonVersion(proc);
  if (user) return `${proc.env['HOME'] ?? '/root'}/.local/lib/python${v}/site-packages`;
  const venv = proc.env['VIRTUAL_ENV'];
  return venv ? `${venv}/lib/python${v}/site-packages` : `/usr/local/lib/python${v}/site-packages`;
}

function found(proc: Process, dir: string, name: string): boolean {
  const v = pythonVersion(proc);
  const home = proc.env['HOME'] ?? '/root';
  const roots = [
    dir,
    `/usr/local/lib/python${v}/site-packages`,
    `/usr/lib/python3/dist-packages`,
    `${home}/.local/lib/python${v}/site-packages`,
  ];
  for (const p of (proc.env['PATH'] ?? '').split(':'))
    if (p.endsWith('/bin')) roots.push(`${dirname(p)}/lib/python${v}/site-packages`);
  return roots.some(
    (r) => proc.vfs.exists(resolve(r, name)) || proc.vfs.exists(resolve(r, `${name}.py`)),
  );
}

export const python: Program = (proc) => {
  const args = proc.argv.slice(1);
  if (args[0] === '--version' || args[0] === '-V') {
    println(proc.stdout, `Python ${proc.sys.image.runtimes.python ?? `${pythonVersion(proc)}.0`}`);
    return { code: 0 };
  }
  if (args[0] === '-m' && args[1] === 'pip')
    return pip({ ...proc, argv: ['pip', ...args.slice(2)] });
  const script = args.find((a) => !a.startsWith('-'));
  if (script === undefined) return { code: 0 };
  const path = resolve(proc.cwd, script);
  let text: string | null;
  try {
    text = proc.vfs.readFile(path);
  } catch {
    println(
      proc.stderr,
      `${proc.argv[0]}: can't open file '${path}': [Errno 2] No such file or directory`,
    );
    return { code: 2 };
  }
  const lines = (text ?? '').split('\n');
  let server = false;
  let unresolved = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const imp = /^(?:import\s+([\w.]+)|from\s+([\w.]+)\s+import\b)/.exec(line);
    if (imp) {
      const mod = (imp[1] ?? imp[2]!).split('.')[0]!;
      if (!STDLIB.has(mod) && !found(proc, dirname(path), mod)) {
        println(proc.stderr, 'Traceback (most recent call last):');
        println(proc.stderr, `  File "${path}", line ${i + 1}, in <module>`);
        println(proc.stderr, `    ${line.trim()}`);
        println(proc.stderr, `ModuleNotFoundError: No module named '${mod}'`);
        return { code: 1 };
      }
    }
    const pr = /^\s*print\((.*)\)\s*$/.exec(line);
    if (pr) {
      const lit = /^(['"])(.*)\1$/.exec(pr[1]!.trim());
      if (lit) println(proc.stdout, lit[2]!);
      else unresolved++;
    }
    if (/\b(app\.run|uvicorn\.run|serve_forever)\s*\(/.test(line)) server = true;
  }
  if (unresolved > 0 || server)
    println(proc.stderr, stagecraftNote('output-not-modelled', `python ${script}`));
  return server
    ? { code: 0, running: { kind: 'server', description: `python ${path} serving` } }
    : { code: 0 };
};

export const pip: Program = (proc) => {
  const args = proc.argv.slice(1);
  if (args[0] !== 'install') {
    println(proc.stderr, stagecraftNote('not-modelled', `pip ${args[0] ?? ''}`.trim()));
    return { code: 0 };
  }
  const names: string[] = [];
  let user = false;
  let noCache = false;
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--user') user = true;
    else if (a === '--no-cache-dir') noCache = true;
    else if (a === '-r' || a === '--requirement') {
      const file = args[++i] ?? '';
      let text: string | null;
      try {
        text = proc.vfs.readFile(resolve(proc.cwd, file));
      } catch {
        println(
          proc.stderr,
          `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`,
        );
        return { code: 1 };
      }
      for (const l of (text ?? '').split('\n')) {
        const n = l.replace(/#.*/, '').trim();
        if (n) names.push(n);
      }
    } else if (!a.startsWith('-')) names.push(a);
  }
  const site = sitePackages(proc, user);
  proc.vfs.mkdir(site, { recursive: true });
  let total = 0;
  const installed: string[] = [];
  for (const spec of names) {
    const name = spec.split(/[<>=!~;[ ]/)[0]!.toLowerCase();
    const size = own(PIP_SIZES, name);
    if (size === undefined) println(proc.stderr, stagecraftNote('unknown-package', 'pip', name));
    println(proc.stdout, `Collecting ${spec}`);
    const importName =
      Object.entries(IMPORT_NAMES).find(([, d]) => d === name)?.[0] ?? name.replace(/-/g, '_');
    proc.vfs.mkdir(`${site}/${importName}`, { recursive: true });
    proc.vfs.writeFile(`${site}/${importName}/__init__.py`, {
      size: size ?? 300_000,
      fingerprint: `pip:${name}`,
    });
    total += size ?? 300_000;
    installed.push(name);
  }
  if (!noCache && total > 0) {
    const cache = `${proc.env['HOME'] ?? '/root'}/.cache/pip/http-v2`;
    proc.vfs.mkdir(cache, { recursive: true });
    proc.vfs.writeFile(`${cache}/wheels-${installed.length}`, {
      size: Math.round(total / 3),
      fingerprint: `pipcache:${installed.join(',')}`,
    });
  }
  if (installed.length > 0) {
    println(proc.stdout, `Installing collected packages: ${installed.join(', ')}`);
    // uncertain: real pip lists name-version pairs; versions are not tracked here.
    println(proc.stdout, `Successfully installed ${installed.join(' ')}`);
  }
  if (proc.cred.uid === 0 && !proc.env['VIRTUAL_ENV'] && !user) {
    println(
      proc.stderr,
      "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.",
    );
  }
  return { code: 0 };
};
