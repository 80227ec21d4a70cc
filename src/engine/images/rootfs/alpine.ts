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
    text('/etc/group', ALPINE_GROUPS),
  ];
}

/**
 * alpine-baselayout's /etc/group, the groups root belongs to included, so `id` as root prints
 * `groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),
 * 26(tape),27(video)` as a real Alpine container does.
 * uncertain: written from alpine-baselayout's file, not captured from an image here.
 */
const ALPINE_GROUPS = [
  'root:x:0:root',
  'bin:x:1:root,bin,daemon',
  'daemon:x:2:root,bin,daemon',
  'sys:x:3:root,bin,adm',
  'adm:x:4:root,adm,daemon',
  'tty:x:5:',
  'disk:x:6:root,adm',
  'lp:x:7:lp',
  'kmem:x:9:',
  'wheel:x:10:root',
  'floppy:x:11:root',
  'mail:x:12:mail',
  'news:x:13:news',
  'uucp:x:14:uucp',
  'cron:x:16:cron',
  'console:x:17:',
  'audio:x:18:',
  'cdrom:x:19:',
  'dialout:x:20:root',
  'ftp:x:21:',
  'sshd:x:22:',
  'input:x:23:',
  'tape:x:26:root',
  'video:x:27:root',
  'netdev:x:28:',
  'kvm:x:34:kvm',
  'games:x:35:',
  'shadow:x:42:',
  'www-data:x:82:',
  'users:x:100:games',
  'ping:x:999:',
  'nogroup:x:65533:',
  'nobody:x:65534:',
  '',
].join('\n');
