/**
 * A container's filesystem: the image's layers plus its own writable layer, kept in the
 * record as plain JSON so `docker exec` and interactive shells see each other's files and a
 * saved session keeps them. After a command, the whole difference from the image becomes the
 * new writable layer (a squash, as the container's upper dir is one directory in overlayfs).
 */
import {
  createLayer,
  layerFromJson,
  layerToJson,
  Vfs,
  WHITEOUT,
  type LayerEntry,
  type Snapshot,
} from '../fs';
import type { ContainerRecord } from './container-types';
import { readOnlyView } from './read-only-fs';
import type { Daemon } from './daemon';
import type { StoredImage } from './types';

/** The image's layers with the container's writable layer on top. */
export function containerRootfs(image: StoredImage, c: ContainerRecord): Snapshot {
  return c.rw ? image.rootfs.withLayer(layerFromJson(c.rw)) : image.rootfs;
}

/**
 * A writable view of the container's filesystem (root view); with `--read-only`, only its
 * tmpfs mounts can change (read-only-fs.ts).
 */
export function containerVfs(image: StoredImage, c: ContainerRecord): Vfs {
  const vfs = Vfs.create(containerRootfs(image, c));
  return c.readOnly ? readOnlyView(vfs, Object.keys(c.tmpfs ?? {})) : vfs;
}

/**
 * Mounts each `--tmpfs` path as Docker does at create time: an empty directory (mode 1777,
 * tmpfs's default, so any user may write) that hides what the image had there. It is kept in
 * the writable layer, so later execs see the same (still empty) mount.
 * uncertain: a restarted container keeps what was written there; a real tmpfs starts empty.
 */
export function mountTmpfs(daemon: Daemon, image: StoredImage, id: string): void {
  const c = daemon.containers.require(id);
  const paths = Object.keys(c.tmpfs ?? {});
  if (paths.length === 0) return;
  const vfs = Vfs.create(containerRootfs(image, c));
  for (const path of paths) {
    vfs.rm(path, { recursive: true, force: true });
    vfs.mkdir(path, { recursive: true });
    vfs.chmod(path, 0o1777);
  }
  saveContainerFs(daemon, image, id, vfs);
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/**
 * Everything that differs between the image and `vfs`: changed or new nodes, and a whiteout
 * for each topmost path that is gone. Nodes are immutable, so identity means "unchanged".
 */
export function diffFromImage(image: StoredImage, vfs: Vfs): readonly [string, LayerEntry][] {
  const base = image.rootfs.tree();
  const entries: [string, LayerEntry][] = [];
  const now = new Set<string>();
  for (const { path, node } of vfs.walk('/')) {
    now.add(path);
    if (base.get(path) !== node) entries.push([path, node]);
  }
  const gone = new Set<string>();
  const walkBase = (dir: string): void => {
    for (const name of base.list(dir)) {
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      if (!now.has(path)) {
        if (!gone.has(parentOf(path))) entries.push([path, WHITEOUT]);
        gone.add(path);
      }
      if (base.get(path)?.type === 'dir') walkBase(path);
    }
  };
  walkBase('/');
  return entries;
}

/** Stores what the process changed as the container's writable layer. */
export function saveContainerFs(
  daemon: Daemon,
  image: StoredImage,
  id: string,
  vfs: Vfs,
): ContainerRecord | undefined {
  if (!daemon.containers.find(id)) return undefined;
  const entries = diffFromImage(image, vfs);
  const rw = entries.length === 0 ? undefined : layerToJson(createLayer(entries));
  const current = daemon.containers.require(id);
  if (rw === undefined && current.rw === undefined) return current;
  const { rw: _old, ...rest } = current;
  daemon.containers.set(rw === undefined ? rest : { ...rest, rw });
  return daemon.containers.require(id);
}
