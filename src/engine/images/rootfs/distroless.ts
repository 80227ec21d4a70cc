/**
 * Root filesystems of gcr.io/distroless images (ground truth §1.4): no shell, no package
 * manager; CA bundle, tzdata, three users, /tmp 1777, /home/nonroot 700 owned by 65532.
 * `:debug` adds a musl busybox under /busybox.
 */
import type { PasswdEntry, RootfsEntry } from '../types';
import { dir, file, link, passwd, text, user } from './common';

export function distrolessUsers(): PasswdEntry[] {
  return [
    user('root', 0, '/root', '/sbin/nologin'),
    user('nobody', 65534, '/nonexistent', '/sbin/nologin'),
    user('nonroot', 65532, '/home/nonroot', '/sbin/nologin'),
  ];
}

export function staticRootfs(debian: '12' | '13'): RootfsEntry[] {
  return [
    dir('/'),
    dir('/etc'),
    dir('/tmp', 0o1777),
    dir('/root', 0o700),
    dir('/home'),
    dir('/home/nonroot', 0o700, { uid: 65532, gid: 65532 }),
    passwd(distrolessUsers()),
    text('/etc/group', 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n'),
    text('/etc/nsswitch.conf', 'hosts: files dns\n'),
    text(
      '/etc/os-release',
      `PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="${debian}"\n`,
    ),
    file('/etc/ssl/certs/ca-certificates.crt', 219_000),
    dir('/usr/share/zoneinfo'),
    file('/etc/mime.types', 63_000),
    dir('/var/lib/dpkg/status.d'),
  ];
}

/** glibc and its loader (base-nossl and everything above it). */
export function glibcRootfs(debian: '12' | '13'): RootfsEntry[] {
  // Debian 13 images use the merged-/usr layout; Debian 12 distroless keeps /lib64 a directory.
  const libdir = debian === '13' ? '/usr/lib/x86_64-linux-gnu' : '/lib/x86_64-linux-gnu';
  return [
    ...(debian === '13'
      ? [link('/lib', 'usr/lib'), link('/lib64', 'usr/lib64'), link('/bin', 'usr/bin')]
      : [dir('/lib64')]),
    file(`${libdir}/libc.so.6`, 1_922_136),
    file(`${libdir}/ld-linux-x86-64.so.2`, 210_968),
    link(
      debian === '13' ? '/usr/lib64/ld-linux-x86-64.so.2' : '/lib64/ld-linux-x86-64.so.2',
      `${libdir}/ld-linux-x86-64.so.2`,
    ),
  ];
}

export function sslRootfs(debian: '12' | '13'): RootfsEntry[] {
  const libdir = debian === '13' ? '/usr/lib/x86_64-linux-gnu' : '/usr/lib/x86_64-linux-gnu';
  return [file(`${libdir}/libssl.so.3`, 695_000), file(`${libdir}/libcrypto.so.3`, 4_600_000)];
}

export function ccRootfs(): RootfsEntry[] {
  return [
    file('/usr/lib/x86_64-linux-gnu/libstdc++.so.6', 2_400_000),
    file('/usr/lib/x86_64-linux-gnu/libgcc_s.so.1', 125_000),
    file('/usr/lib/x86_64-linux-gnu/libgomp.so.1', 330_000),
  ];
}

/** The debug tags' busybox (BusyBox v1.37.0, musl, ground truth §1.3). */
export function busyboxDebugRootfs(): RootfsEntry[] {
  return [
    dir('/busybox'),
    file('/busybox/busybox', 1_030_000, { program: 'busybox' }),
    link('/busybox/sh', '/busybox/busybox'),
    link('/busybox/ls', '/busybox/busybox'),
    link('/busybox/cat', '/busybox/busybox'),
    link('/busybox/env', '/busybox/busybox'),
  ];
}
