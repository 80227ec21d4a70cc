/**
 * Writing an installed package into the Vfs. Sizes are what matter for layers and
 * `docker history`; paths are the package's real main binary where known, `/usr/share/doc/
 * <pkg>/copyright` (every Debian package has one), and a stand-in payload file holding the
 * rest of the installed size: `/usr/lib/<pkg>.payload`. The payload name is Stagecraft's.
 */
import type { Vfs } from '../../fs/vfs';
import { dirname } from '../../fs/posix-path';

export interface InstalledFile {
  readonly path: string;
  readonly size: number;
  /** Program name for files that can be executed (`program:<name>` kind). */
  readonly program?: string;
}

export function writeSynthetic(vfs: Vfs, file: InstalledFile, fingerprint: string): void {
  vfs.mkdir(dirname(file.path), { recursive: true });
  vfs.writeFile(
    file.path,
    { size: file.size, fingerprint },
    file.program ? { mode: 0o755, kind: `program:${file.program}` } : {},
  );
}

/** Splits `total` bytes into the listed files (their own sizes) and one payload file. */
export function packageFiles(
  pkg: string,
  total: number,
  bins: readonly InstalledFile[],
  docDir: string,
): InstalledFile[] {
  const binBytes = bins.reduce((s, b) => s + b.size, 0);
  const files: InstalledFile[] = [...bins];
  const copyright = Math.min(4_000, total);
  files.push({ path: `${docDir}/${pkg}/copyright`, size: copyright });
  const rest = total - binBytes - copyright;
  if (rest > 0) files.push({ path: `/usr/lib/${pkg}.payload`, size: rest });
  return files;
}

/** Deterministic pseudo-size jitter so packages without a table entry differ a little. */
export function nameHash(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  return h;
}
