/**
 * `id` (busybox and coreutils print the same format):
 * `uid=65532(nonroot) gid=65532(nonroot) groups=65532(nonroot)`. Supplementary groups come
 * from /etc/group member lists, as Docker sets them when the process starts. A uid with no
 * passwd entry shows the bare number. Options: -u, -g, -G, -n.
 */
import type { Program } from '../host';
import { println } from '../output';

function table(proc: Parameters<Program>[0], path: string): string[][] {
  try {
    return (proc.vfs.readFile(path) ?? '')
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

export const id: Program = (proc) => {
  const flags = new Set<string>();
  for (const a of proc.argv.slice(1)) {
    if (!/^-[ugGnr]+$/.test(a)) {
      println(proc.stderr, `id: unrecognized option '${a}'`);
      return { code: 1 };
    }
    for (const f of a.slice(1)) flags.add(f);
  }
  const { uid, gid } = proc.cred;
  const passwd = table(proc, '/etc/passwd');
  const groups = table(proc, '/etc/group');
  const userName = passwd.find((f) => f[2] === String(uid))?.[0];
  const groupName = (g: number) => groups.find((f) => f[2] === String(g))?.[0];
  const named = (n: number, name: string | undefined) =>
    name === undefined ? String(n) : `${n}(${name})`;
  const supplementary = [
    gid,
    ...groups
      .filter((f) => userName !== undefined && (f[3] ?? '').split(',').includes(userName))
      .map((f) => Number(f[2]))
      .filter((g) => g !== gid),
  ];
  const byName = flags.has('n');
  if (flags.has('u')) println(proc.stdout, byName ? (userName ?? String(uid)) : String(uid));
  else if (flags.has('g'))
    println(proc.stdout, byName ? (groupName(gid) ?? String(gid)) : String(gid));
  else if (flags.has('G')) {
    println(
      proc.stdout,
      supplementary.map((g) => (byName ? (groupName(g) ?? String(g)) : String(g))).join(' '),
    );
  } else {
    println(
      proc.stdout,
      `uid=${named(uid, userName)} gid=${named(gid, groupName(gid))} groups=${supplementary
        .map((g) => named(g, groupName(g)))
        .join(',')}`,
    );
  }
  return { code: 0 };
};
