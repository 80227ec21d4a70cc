/** Root filesystem of Alpine based images: busybox provides /bin/sh, musl libc, apk. */
import type { PasswdEntry, RootfsEntry } from '../types';
import { fhsBasics, file, link, osRelease, passwd, text, user } from './common';

/** uncertain: alpine-baselayout's full list is longer; these are the ones lessons touch. */
export function alpineUsers(): PasswdEntry[] {
  return [
    user('root', 0, '/root', '/bin/sh'),
    user('bin', 1, '/bin', '/sbin/nologin'),
    user('daemon', 2, '/sbin', '/sbin/nologin'),
    user('nobody', 65534, '/', '/sbin/nologin'),
  ];
}

export function alpineRootfs(version: string, users: readonly PasswdEntry[]): RootfsEntry[] {
  return [
    ...fhsBasics(),
    file('/bin/busybox', 808_712, { program: 'busybox' }),
    link('/bin/sh', '/bin/busybox'),
    link('/bin/ash', '/bin/busybox'),
    file('/lib/ld-musl-x86_64.so.1', 667_400),
    link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1'),
    file('/sbin/apk', 84_000, { program: 'apk' }),
    file('/etc/ssl/certs/ca-certificates.crt', 219_000),
    text('/etc/alpine-release', `${version}\n`),
    osRelease({
      NAME: 'Alpine Linux',
      ID: 'alpine',
      VERSION_ID: version,
      PRETTY_NAME: `Alpine Linux v${version.split('.').slice(0, 2).join('.')}`,
    }),
    link('/etc/os-release', '../usr/lib/os-release'),
    passwd(users),
  ];
}
