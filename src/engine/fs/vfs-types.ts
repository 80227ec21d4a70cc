import type { FileKind } from './node';

/** Content for `writeFile`: text, or a synthetic binary that has a size but no bytes. */
export type FileData = string | { readonly size: number; readonly fingerprint?: string };

export interface WriteOptions {
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
  readonly kind?: FileKind;
}

export interface VfsOptions {
  /** Seconds since the epoch for new mtimes. Default: a fixed instant, so runs are repeatable. */
  readonly clock?: () => number;
}
