/**
 * Root filesystems of Debian and Ubuntu based images (merged /usr: /bin → usr/bin).
 * Sizes are typical installed sizes, for `ls -l` realism only.
 */
import type { PasswdEntry, RootfsEntry } from '../types';
import { dir, fhsBasics, file, link, osRelease, passwd, text, user } from './common';

const NOLOGIN = '/usr/sbin/nologin';

/** base-passwd's static users. uncertain: exact list per release; these are the common ones. */
export function debianUsers(): PasswdEntry[] {
  return [
    user('root', 0, '/root', '/bin/bash'),
    user('daemon', 1, '/usr/sbin', NOLOGIN),
    user('bin', 2, '/bin', NOLOGIN),
    user('sys', 3, '/dev', NOLOGIN),
    user('sync', 4, '/bin', '/bin/sync', 65534),
    user('games', 5, '/usr/games', NOLOGIN, 60),
    user('man', 6, '/var/cache/man', NOLOGIN, 12),
    user('mail', 8, '/var/mail', NOLOGIN),
    user('www-data', 33, '/var/www', NOLOGIN),
    user('_apt', 42, '/nonexistent', NOLOGIN, 65534),
    user('nobody', 65534, '/nonexistent', NOLOGIN),
  ];
}

export interface DebianLike {
  readonly id: 'debian' | 'ubuntu';
  readonly version: string;
  readonly codename: string;
  readonly prettyName: string;
  readonly glibc: string;
  readonly users: readonly PasswdEntry[];
  /** Full images (buildpack-deps) have CA certificates; slim ones do not. */
  readonly caCertificates: boolean;
}

export function debianRootfs(os: DebianLike): RootfsEntry[] {
  const entries: RootfsEntry[] = [
    ...fhsBasics(),
    link('/bin', 'usr/bin'),
    link('/sbin', 'usr/sbin'),
    link('/lib', 'usr/lib'),
    link('/lib64', 'usr/lib64'),
    dir('/usr/bin'),
    dir('/usr/lib/x86_64-linux-gnu'),
    link('/usr/bin/sh', 'dash'),
    file('/usr/bin/dash', 125_560, { program: 'dash' }),
    file('/usr/bin/bash', 1_265_648, { program: 'bash' }),
    file('/usr/bin/apt-get', 14_720, { program: 'apt-get' }),
    file('/usr/bin/dpkg', 305_920, { program: 'dpkg' }),
    file('/usr/lib/x86_64-linux-gnu/libc.so.6', 1_922_136),
    file('/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', 210_968),
    link('/usr/lib64/ld-linux-x86-64.so.2', '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'),
    osRelease({
      PRETTY_NAME: os.prettyName,
      NAME: os.id === 'debian' ? 'Debian GNU/Linux' : 'Ubuntu',
      VERSION_ID: os.version,
      VERSION_CODENAME: os.codename,
      ID: os.id,
    }),
    link('/etc/os-release', '../usr/lib/os-release'),
    passwd(os.users),
    text('/etc/group', 'root:x:0:\nnogroup:x:65534:\n'),
    dir('/var/lib/apt/lists'),
  ];
  if (os.caCertificates) {
    entries.push(file('/etc/ssl/certs/ca-certificates.crt', 219_000));
  }
  return entries;
}
