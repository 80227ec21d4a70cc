/** Test helpers: a container filesystem for a catalog image and a one-call shell runner. */
import { Snapshot } from '../../../src/engine/fs/snapshot';
import { Vfs } from '../../../src/engine/fs/vfs';
import type { Cred } from '../../../src/engine/fs/permissions';
import { resolveImage } from '../../../src/engine/images/lookup';
import { programImage, rootfsLayer } from '../../../src/engine/programs/image-fs';
import { BufferWriter } from '../../../src/engine/programs/output';
import { startProcess, type ProcessContext } from '../../../src/engine/programs/run';

export interface Box {
  readonly vfs: Vfs;
  readonly ctx: (over?: Partial<ProcessContext>) => ProcessContext;
}

export function box(reference: string): Box {
  const image = resolveImage(reference);
  if (!image) throw new Error(`no catalog image ${reference}`);
  const vfs = Vfs.create(Snapshot.of([rootfsLayer(image)]));
  const env: Record<string, string> = {};
  for (const e of image.config.Env) {
    const i = e.indexOf('=');
    env[e.slice(0, i)] = e.slice(i + 1);
  }
  if (!env['PATH']) env['PATH'] = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  env['HOME'] ??= '/root';
  return {
    vfs,
    ctx: (over = {}) => ({
      vfs,
      image: programImage(image.facts),
      env,
      cwd: image.config.WorkingDir || '/',
      user: { uid: 0, gid: 0 },
      stdout: new BufferWriter(),
      stderr: new BufferWriter(),
      ...over,
    }),
  };
}

export interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly running?: unknown;
}

/** Runs `sh -c command` like a shell-form RUN. */
export function sh(
  b: Box,
  command: string,
  over: Partial<ProcessContext> & { user?: Cred } = {},
): Result {
  return exec(b, ['/bin/sh', '-c', command], over);
}

export function exec(b: Box, argv: string[], over: Partial<ProcessContext> = {}): Result {
  const stdout = new BufferWriter();
  const stderr = new BufferWriter();
  const outcome = startProcess(b.ctx({ ...over, stdout, stderr }), argv);
  return {
    code: outcome.code,
    out: stdout.text(),
    err: stderr.text(),
    ...(outcome.running ? { running: outcome.running } : {}),
  };
}
