/**
 * apt-get (and apt): update writes the package lists (~45 MB on Debian), install resolves
 * packages from apt-table.ts and writes their files, clean/autoremove are accepted. Without
 * lists (every Docker Debian image ships /var/lib/apt/lists empty) install cannot find
 * anything, exactly like the real `E: Unable to locate package curl` after a forgotten
 * update. Output keeps apt's summary lines; per-package Get:/Unpacking/Setting up lines,
 * whose versions Stagecraft does not track, are left out.
 */
import { own } from '../own';
import type { Program, Process } from '../host';
import { notModelledNote } from '../notes';
import { println } from '../output';
import { APT_PACKAGES } from './apt-table';
import { nameHash, packageFiles, writeSynthetic } from './install-files';

const LISTS = '/var/lib/apt/lists';

/** apt's SizeToStr: `8834 kB`, `45.0 MB`, `150 MB` (SI units, "B" suffix). */
export function aptSize(bytes: number): string {
  const ext = ['', 'k', 'M', 'G', 'T'];
  let v = bytes;
  for (let i = 0; i < ext.length; i++) {
    if (v < 100 && i !== 0) return `${v.toFixed(1)} ${ext[i]}B`;
    if (v < 10000) return `${v.toFixed(0)} ${ext[i]}B`;
    v /= 1000;
  }
  return `${v.toFixed(0)} PB`;
}

function suites(proc: Process): { mirror: string; suite: string; security: string } {
  const img = proc.sys.image;
  if (img.osId === 'ubuntu') {
    const codename = img.osVersion.startsWith('26') ? 'resolute' : 'noble';
    return {
      mirror: 'http://archive.ubuntu.com/ubuntu',
      suite: codename,
      security: 'http://security.ubuntu.com/ubuntu',
    };
  }
  const codename =
    (
      { '10': 'buster', '11': 'bullseye', '12': 'bookworm', '13': 'trixie' } as Record<
        string,
        string
      >
    )[img.osVersion] ?? 'trixie';
  return {
    mirror: 'http://deb.debian.org/debian',
    suite: codename,
    security: 'http://deb.debian.org/debian-security',
  };
}

function hasLists(proc: Process): boolean {
  try {
    return proc.vfs.readdir(LISTS).some((n) => n.includes('_Packages'));
  } catch {
    return false;
  }
}

function update(proc: Process): number {
  if (proc.cred.uid !== 0) {
    println(proc.stdout, 'Reading package lists...');
    println(
      proc.stderr,
      `E: Could not open lock file ${LISTS}/lock - open (13: Permission denied)`,
    );
    println(proc.stderr, `E: Unable to lock directory ${LISTS}/`);
    return 100;
  }
  const { mirror, suite, security } = suites(proc);
  const host = (url: string) => url.replace('http://', '').replace(/\//g, '_');
  // uncertain: index sizes are typical for Debian main/amd64; they change daily.
  const files: [string, number, string][] = [
    [`${host(mirror)}_dists_${suite}_InRelease`, 151_000, `${mirror} ${suite} InRelease`],
    [
      `${host(mirror)}_dists_${suite}-updates_InRelease`,
      55_400,
      `${mirror} ${suite}-updates InRelease`,
    ],
    [
      `${host(security)}_dists_${suite}-security_InRelease`,
      48_000,
      `${security} ${suite}-security InRelease`,
    ],
    [
      `${host(mirror)}_dists_${suite}_main_binary-amd64_Packages.lz4`,
      45_200_000,
      `${mirror} ${suite}/main amd64 Packages`,
    ],
    [
      `${host(mirror)}_dists_${suite}-updates_main_binary-amd64_Packages.lz4`,
      13_500,
      `${mirror} ${suite}-updates/main amd64 Packages`,
    ],
    [
      `${host(security)}_dists_${suite}-security_main_binary-amd64_Packages.lz4`,
      241_000,
      `${security} ${suite}-security/main amd64 Packages`,
    ],
  ];
  let fetched = 0;
  files.forEach(([name, size, label], i) => {
    // Downloads are compressed: roughly a fifth of the index size on disk.
    const download = name.endsWith('.lz4') ? Math.round(size / 5) : size;
    fetched += download;
    println(proc.stdout, `Get:${i + 1} ${label} [${aptSize(download)}]`);
    writeSynthetic(proc.vfs, { path: `${LISTS}/${name}`, size }, `apt-lists:${name}`);
  });
  println(proc.stdout, `Fetched ${aptSize(fetched)} in 1s (${aptSize(fetched)}/s)`);
  println(proc.stdout, 'Reading package lists...');
  return 0;
}

function install(proc: Process, names: string[], flags: Set<string>): number {
  println(proc.stdout, 'Reading package lists...');
  if (proc.cred.uid !== 0) {
    println(
      proc.stderr,
      'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)',
    );
    println(
      proc.stderr,
      'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?',
    );
    return 100;
  }
  println(proc.stdout, 'Building dependency tree...');
  println(proc.stdout, 'Reading state information...');
  const lists = hasLists(proc);
  const requested = names.map((n) => n.replace(/=.*$/, ''));
  const unknown = requested.find((n) => !lists || !Object.hasOwn(APT_PACKAGES, n));
  if (unknown !== undefined) {
    println(proc.stderr, `E: Unable to locate package ${unknown}`);
    return 100;
  }
  const installed = new Set(
    (safeRead(proc, '/var/lib/dpkg/status') ?? '')
      .split('\n')
      .filter((l) => l.startsWith('Package: '))
      .map((l) => l.slice(9)),
  );
  const recommends = !flags.has('no-install-recommends');
  const chosen: string[] = [];
  const visit = (n: string, depth: number) => {
    if (chosen.includes(n) || installed.has(n) || depth > 8) return;
    const p = own(APT_PACKAGES, n);
    if (!p) return;
    chosen.push(n);
    for (const d of p.deps ?? []) visit(d, depth + 1);
    if (recommends) for (const r of p.rec ?? []) visit(r, depth + 1);
  };
  for (const n of requested) visit(n, 0);
  const extra = chosen.filter((n) => !requested.includes(n));
  if (extra.length > 0) {
    println(proc.stdout, 'The following additional packages will be installed:');
    println(proc.stdout, '  ' + [...extra].sort().join(' '));
  }
  if (chosen.length === 0) {
    for (const n of requested) println(proc.stdout, `${n} is already the newest version.`);
    println(proc.stdout, '0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.');
    return 0;
  }
  println(proc.stdout, 'The following NEW packages will be installed:');
  println(proc.stdout, '  ' + [...chosen].sort().join(' '));
  const total = chosen.reduce((s, n) => s + APT_PACKAGES[n]!.size, 0);
  println(
    proc.stdout,
    `0 upgraded, ${chosen.length} newly installed, 0 to remove and 0 not upgraded.`,
  );
  println(proc.stdout, `Need to get ${aptSize(Math.round(total / 3))} of archives.`);
  println(
    proc.stdout,
    `After this operation, ${aptSize(total)} of additional disk space will be used.`,
  );
  if (!flags.has('y') && !flags.has('yes') && !flags.has('assume-yes')) {
    // Without -y apt asks; a build has no terminal, so the answer is "no".
    println(proc.stdout, 'Do you want to continue? [Y/n] Abort.');
    return 1;
  }
  let status = safeRead(proc, '/var/lib/dpkg/status') ?? '';
  for (const n of chosen) {
    const p = APT_PACKAGES[n]!;
    const bins = (p.bins ?? []).map(([path, program, size]) => ({ path, program, size }));
    for (const f of packageFiles(n, p.size, bins, '/usr/share/doc')) {
      writeSynthetic(proc.vfs, f, `deb:${n}:${nameHash(f.path)}`);
    }
    status += `Package: ${n}\nStatus: install ok installed\n\n`;
  }
  proc.vfs.mkdir('/var/lib/dpkg', { recursive: true });
  proc.vfs.writeFile('/var/lib/dpkg/status', status);
  return 0;
}

function safeRead(proc: Process, path: string): string | null {
  try {
    return proc.vfs.readFile(path);
  } catch {
    return null;
  }
}

export function aptProgram(name: 'apt-get' | 'apt'): Program {
  return (proc) => {
    const flags = new Set<string>();
    const words: string[] = [];
    for (const a of proc.argv.slice(1)) {
      if (a.startsWith('--')) flags.add(a.slice(2).split('=')[0]!);
      else if (a.startsWith('-') && a.length > 1) for (const f of a.slice(1)) flags.add(f);
      else words.push(a);
    }
    if (name === 'apt') {
      println(proc.stderr, '');
      println(
        proc.stderr,
        'WARNING: apt does not have a stable CLI interface. Use with caution in scripts.',
      );
      println(proc.stderr, '');
    }
    const [command, ...rest] = words;
    switch (command) {
      case 'update':
        return { code: update(proc) };
      case 'install':
        return { code: install(proc, rest, flags) };
      case 'clean':
      case 'autoclean':
        return { code: 0 };
      case 'upgrade':
      case 'dist-upgrade':
        println(proc.stdout, 'Reading package lists...');
        println(proc.stdout, 'Building dependency tree...');
        println(proc.stdout, 'Reading state information...');
        println(proc.stdout, 'Calculating upgrade...');
        println(proc.stdout, '0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.');
        return { code: 0 };
      case 'autoremove':
      case 'purge':
      case 'remove':
        println(proc.stderr, notModelledNote(`${name} ${command}`));
        return { code: 0 };
      default:
        println(proc.stderr, `E: Invalid operation ${command ?? ''}`.trimEnd());
        return { code: 100 };
    }
  };
}
