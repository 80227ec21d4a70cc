/**
 * `docker run --read-only`: the container's root filesystem is mounted read-only, so every
 * write outside a `--tmpfs` mount fails with EROFS ("Read-only file system"), for root too.
 * Implemented as a view over the container's Vfs that checks each mutating call before it
 * runs, in the kernel's order: lookup errors (ENOENT, ENOTDIR) and "already exists" (EEXIST)
 * come first, then EROFS (it wins over EACCES, as `may_open` and `lookup_open` check the mount
 * before permissions).
 */
import { FsError, resolvePath, type FsNode, type Vfs, type WriteOptions } from '../fs';

/** `path` is `mount` or below it. */
function within(path: string, mount: string): boolean {
  return mount === '/' || path === mount || path.startsWith(`${mount}/`);
}

/** Wraps `vfs` so that only paths under `writable` (tmpfs mount points) can change. */
export function readOnlyView(vfs: Vfs, writable: readonly string[]): Vfs {
  const ok = (real: string, strict = false): boolean =>
    writable.some((m) => within(real, m) && !(strict && real === m));
  const look = (path: string, follow: boolean) => resolvePath(vfs, path, follow);
  const deny = (path: string): never => {
    throw new FsError('EROFS', path);
  };
  const guard = {
    as: (cred: Parameters<Vfs['as']>[0]) => readOnlyView(vfs.as(cred), writable),
    writeFile(path: string, ...rest: unknown[]) {
      const r = look(path, true);
      if (r.node?.type !== 'dir' && !ok(r.path)) deny(path);
      return (vfs.writeFile as (...a: unknown[]) => void)(path, ...rest);
    },
    mkdir(path: string, options: WriteOptions & { recursive?: boolean } = {}) {
      if (!options.recursive) {
        const r = look(path, false);
        if (!r.node && !ok(r.path)) deny(path);
      } else {
        // The first missing component is the one that would be created.
        const comps = path.split('/').filter((c) => c !== '' && c !== '.');
        let prefix = '';
        for (const c of comps) {
          prefix += `/${c}`;
          const r = look(prefix, true);
          if (!r.node) {
            if (!ok(r.path)) deny(path);
            break;
          }
          if (r.node.type !== 'dir') break;
        }
      }
      return vfs.mkdir(path, options);
    },
    symlink(target: string, path: string, options?: WriteOptions) {
      const r = look(path, false);
      if (!r.node && !ok(r.path)) deny(path);
      return vfs.symlink(target, path, options);
    },
    rm(path: string, options: { recursive?: boolean; force?: boolean } = {}) {
      let r: ReturnType<typeof look>;
      try {
        r = look(path, false);
      } catch {
        return vfs.rm(path, options);
      }
      if (r.node && r.path !== '/' && !ok(r.path, true)) deny(path);
      return vfs.rm(path, options);
    },
    rmdir(path: string) {
      const r = look(path, false);
      // do_rmdir asks for write access to the mount before it looks at the directory.
      if (r.node && r.path !== '/' && !ok(r.path, true)) deny(path);
      return vfs.rmdir(path);
    },
    rename(from: string, to: string) {
      const src = look(from, false);
      if (src.node) {
        if (!ok(src.path, true)) deny(from);
        if (!ok(look(to, false).path, true)) deny(to);
      }
      return vfs.rename(from, to);
    },
    chmod(path: string, mode: number) {
      const r = look(path, true);
      if (r.node && !ok(r.path)) deny(path);
      return vfs.chmod(path, mode);
    },
    chown(path: string, uid: number, gid: number) {
      const r = look(path, true);
      if (r.node && !ok(r.path)) deny(path);
      return vfs.chown(path, uid, gid);
    },
    putNode(path: string, node: FsNode) {
      if (!ok(path)) deny(path);
      return vfs.putNode(path, node);
    },
  };
  return new Proxy(vfs, {
    get(target, prop) {
      if (Object.prototype.hasOwnProperty.call(guard, prop)) {
        return guard[prop as keyof typeof guard];
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
