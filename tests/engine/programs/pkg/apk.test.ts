import { describe, expect, it } from 'vitest';
import { box, sh } from '../helpers';

describe('apk', () => {
  it('unknown packages: apk prints each and exits with their count', () => {
    const r = sh(box('alpine:latest'), 'apk add --no-cache foo curl bar');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'ERROR: unable to select packages:\n  foo (no such package):\n    required by: world[foo]\n  bar (no such package):\n    required by: world[bar]\n',
    );
  });

  it('add --no-cache installs without leaving indexes', () => {
    const b = box('alpine:latest');
    const r = sh(b, 'apk add --no-cache curl');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(
      /^fetch https:\/\/dl-cdn\.alpinelinux\.org\/alpine\/v3\.\d+\/main\/x86_64\/APKINDEX\.tar\.gz$/,
    );
    expect(r.out).toContain('Installing curl\n');
    expect(b.vfs.exists('/var/cache/apk')).toBe(false);
    expect(sh(b, 'command -v curl').out).toBe('/usr/bin/curl\n');
  });

  it('add without --no-cache keeps the index in /var/cache/apk', () => {
    const b = box('alpine:latest');
    sh(b, 'apk add git');
    expect(b.vfs.readdir('/var/cache/apk').length).toBe(2);
  });

  it('a non-root user cannot lock the database', () => {
    expect(sh(box('alpine:latest'), 'apk add curl', { user: { uid: 1000, gid: 1000 } })).toEqual({
      code: 99,
      out: '',
      err: 'ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n',
    });
  });
});
