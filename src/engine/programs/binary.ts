/**
 * Binaries built inside the simulator (go build) carry what they do in the file's
 * fingerprint, so the description survives layers, COPY --from and snapshots. Loading
 * follows the kernel and ld.so: a dynamic binary needs its ELF interpreter (else execve
 * fails with ENOENT, which runc prints as `exec /app/myapp: no such file or directory`) and
 * every GLIBC_x.y version it references.
 */
import type { FileNode, FsNode } from '../fs/node';
import type { Vfs } from '../fs/vfs';
import type { ProgramImage } from './host';

const TAG = 'stagecraft-bin/1 ';

export interface BinaryInfo {
  readonly lang: 'go';
  readonly linking: 'static' | 'dynamic';
  /** glibc of the image that linked it (dynamic only). */
  readonly builtWithGlibc?: string;
  /** GLIBC_x.y symbol versions it references beyond the ancient baseline. */
  readonly glibcNeeds?: readonly string[];
  /** Lines it prints at start (from its own source), in order; `log` lines get a timestamp. */
  readonly output: readonly { readonly text: string; readonly log?: boolean }[];
  /** Set when it serves HTTP (`http.ListenAndServe(":8080", …)`). */
  readonly server?: { readonly addr: string; readonly port?: number };
  /** Source facts shown by hints: imports that forced dynamic linking, if any. */
  readonly cgoImports?: readonly string[];
  readonly note?: string;
}

export function encodeBinary(info: BinaryInfo): string {
  return TAG + JSON.stringify(info);
}

export function readBinary(node: FsNode | undefined): BinaryInfo | undefined {
  if (node?.type !== 'file' || !node.fingerprint?.startsWith(TAG)) return undefined;
  try {
    return JSON.parse(node.fingerprint.slice(TAG.length)) as BinaryInfo;
  } catch {
    return undefined;
  }
}

export const GLIBC_LOADER = '/lib64/ld-linux-x86-64.so.2';
export const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1';
/** The path ld.so names in version errors (docker-cli ground truth §1.10 / content §1.10). */
export const GLIBC_LIBC_PATH = '/lib/x86_64-linux-gnu/libc.so.6';

/**
 * Versions a cgo-linked Go binary references, by the glibc it was linked against: glibc
 * 2.32 moved pthread_sigmask and 2.34 moved the pthread functions and __libc_start_main into
 * libc with new versions, so binaries linked on ≥ 2.34 need GLIBC_2.32 and GLIBC_2.34; 2.38's
 * C23 redirects (__isoc23_strtol…) add GLIBC_2.38, which is why a trixie (2.41) build fails
 * on distroless base-debian12 (2.36) with "GLIBC_2.38 not found" (content ground truth §5 #24).
 * uncertain: the exact set depends on the symbols used; these are the ones reported for
 * Go binaries run on older Debian releases.
 */
export function glibcNeedsFor(builtWith: string): string[] {
  return ['2.32', '2.34', '2.38'].filter((v) => compareVersions(v, builtWith) <= 0);
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type LoadCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly kind: 'no-interpreter' }
  | { readonly ok: false; readonly kind: 'glibc'; readonly lines: readonly string[] };

/** Can this file be loaded in this image? `shownPath` is the path as executed. */
export function checkLoad(
  vfs: Vfs,
  image: ProgramImage,
  node: FileNode,
  shownPath: string,
): LoadCheck {
  const kind = node.kind;
  if (kind === 'elf-dynamic-musl') {
    return vfs.exists(MUSL_LOADER) ? { ok: true } : { ok: false, kind: 'no-interpreter' };
  }
  if (kind !== 'elf-dynamic-glibc') return { ok: true };
  if (!vfs.exists(GLIBC_LOADER)) return { ok: false, kind: 'no-interpreter' };
  const have = image.glibcVersion;
  const needs = readBinary(node)?.glibcNeeds ?? [];
  const missing = have ? needs.filter((v) => compareVersions(v, have) > 0) : [];
  if (missing.length === 0) return { ok: true };
  return {
    ok: false,
    kind: 'glibc',
    lines: missing.map(
      (v) =>
        `${shownPath}: ${GLIBC_LIBC_PATH}: version \`GLIBC_${v}' not found (required by ${shownPath})`,
    ),
  };
}
