/** head, env, whoami and sleep: the small helpers RUN lines pipe into or call. */
import { resolve } from '../../fs/posix-path';
import type { Program } from '../host';
import { println } from '../output';
import { fail, parseArgs, strerror } from './util';

export const head: Program = (proc) => {
  const args = proc.argv.map((x) => (/^-\d+$/.test(x) ? `-n${x.slice(1)}` : x));
  const a = parseArgs({ ...proc, argv: args }, 'head', 'qv', {}, 'nc');
  if (!a) return { code: 1 };
  const n = Number(a.values.get('n') ?? 10);
  const take = (text: string) => {
    if (a.values.has('c')) return text.slice(0, Number(a.values.get('c')));
    const lines = text.split('\n');
    const kept = lines.slice(0, n);
    return kept.join('\n') + (lines.length > n ? '\n' : '');
  };
  if (a.operands.length === 0) {
    proc.stdout.write(take(proc.stdin));
    return { code: 0 };
  }
  let code = 0;
  for (const op of a.operands) {
    try {
      proc.stdout.write(take(proc.vfs.readFile(resolve(proc.cwd, op)) ?? ''));
    } catch (e) {
      fail(proc, 'head', `cannot open '${op}' for reading: ${strerror(e)}`);
      code = 1;
    }
  }
  return { code };
};

/** `env` prints the environment; `env A=b cmd` runs cmd with additions. */
export const env: Program = (proc) => {
  const extra: Record<string, string> = {};
  let i = 1;
  for (; i < proc.argv.length; i++) {
    const a = proc.argv[i]!;
    const eq = a.indexOf('=');
    if (eq <= 0) break;
    extra[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const merged = { ...proc.env, ...extra };
  if (i >= proc.argv.length) {
    for (const [k, v] of Object.entries(merged)) println(proc.stdout, `${k}=${v}`);
    return { code: 0 };
  }
  const r = proc.sys.spawn({ ...proc, argv: proc.argv.slice(i), env: merged });
  if (r.kind === 'ran') return r.outcome;
  fail(
    proc,
    'env',
    `'${proc.argv[i]}': ${r.kind === 'denied' ? 'Permission denied' : 'No such file or directory'}`,
  );
  return { code: r.kind === 'denied' ? 126 : 127 };
};

export const whoami: Program = (proc) => {
  const passwd = (() => {
    try {
      return proc.vfs.readFile('/etc/passwd') ?? '';
    } catch {
      return '';
    }
  })();
  for (const line of passwd.split('\n')) {
    const f = line.split(':');
    if (f.length > 2 && Number(f[2]) === proc.cred.uid && f[2] !== '') {
      println(proc.stdout, f[0]!);
      return { code: 0 };
    }
  }
  fail(proc, 'whoami', `cannot find name for user ID ${proc.cred.uid}`);
  return { code: 1 };
};

/** Time is not simulated: sleep returns at once. */
export const sleep: Program = () => ({ code: 0 });
