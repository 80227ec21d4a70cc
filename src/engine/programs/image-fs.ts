/**
 * Adapter from the image catalog to what programs need: the base image's root filesystem as
 * one layer (catalog `program` entries become files tagged `program:<name>`, which the
 * registry uses to pick the simulated program), and the image facts as a ProgramImage.
 * The builder may build its own layers; it only has to keep the same `program:` tags.
 */
import { createLayer, type Layer } from '../fs/layer';
import { DEFAULT_MTIME, utf8Length, type FsNode } from '../fs/node';
import type { CatalogImage, ImageFacts } from '../images/types';
import type { ProgramImage } from './host';

export function rootfsLayer(image: CatalogImage): Layer {
  const entries: [string, FsNode][] = [];
  for (const e of image.rootfs) {
    const meta = { mode: e.mode, uid: e.uid, gid: e.gid, mtime: DEFAULT_MTIME };
    if (e.type === 'dir') entries.push([e.path, { type: 'dir', ...meta }]);
    else if (e.type === 'symlink')
      entries.push([e.path, { type: 'symlink', target: e.target ?? '', ...meta }]);
    else {
      const size = e.content !== undefined ? utf8Length(e.content) : (e.size ?? 0);
      entries.push([
        e.path,
        {
          type: 'file',
          ...meta,
          size,
          ...(e.content !== undefined
            ? { content: e.content }
            : { fingerprint: `rootfs:${e.path}` }),
          ...(e.program ? { kind: `program:${e.program}` } : {}),
        },
      ]);
    }
  }
  return createLayer(entries, { createdBy: `${image.repository}:${image.tags[0] ?? ''} rootfs` });
}

export function programImage(
  facts: ImageFacts,
  arch: ProgramImage['arch'] = 'amd64',
): ProgramImage {
  return {
    osId: facts.os.id,
    osVersion: facts.os.version,
    libc: facts.libc,
    ...(facts.glibcVersion ? { glibcVersion: facts.glibcVersion } : {}),
    ...(facts.muslVersion ? { muslVersion: facts.muslVersion } : {}),
    arch,
    shellKind: facts.shellKind,
    runtimes: facts.runtimes,
    packageManager: facts.packageManager,
    hasShell: facts.hasShell,
  };
}
