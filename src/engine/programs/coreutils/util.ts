/**
 * Shared helpers for the file utilities: option parsing in the getopt style (combined short
 * flags, `--`, long options) and the two message styles. GNU coreutils texts were captured on
 * Debian 12 with LC_ALL=C (Docker builds have no locale, so quotes are ASCII). busybox texts
 * follow its sources and are marked uncertain where they vary between versions.
 */
import { isFsError } from '../../fs/errors';
import type { Process } from '../host';
import { println } from '../output';

export type Style = 'gnu' | 'busybox';

export function styleOf(proc: Process): Style {
  const k = proc.sys.image.shellKind;
  return k === 'ash' || k === 'busybox' ? 'busybox' : 'gnu';
}

export function fail(proc: Process, name: string, text: string): void {
  println(proc.stderr, `${name}: ${text}`);
}

export interface Parsed {
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
  readonly operands: string[];
}

/**
 * Parses argv[1..]. `short` lists single-letter flags; `withValue` lists letters that take a
 * value (`-n 5`, `-n5`); `long` maps long names to a letter. Returns undefined after printing
 * the GNU/busybox usage error for an unknown option.
 */
export function parseArgs(
  proc: Process,
  name: string,
  short: string,
  long: Readonly<Record<string, string>> = {},
  withValue = '',
): Parsed | undefined {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  const args = proc.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const key = a.slice(2).split('=')[0]!;
      if (!(key in long)) {
        usage(proc, name, `unrecognized option '${a}'`);
        return undefined;
      }
      flags.add(long[key]!);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j]!;
        if (withValue.includes(f)) {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) {
            usage(proc, name, `option requires an argument -- '${f}'`);
            return undefined;
          }
          values.set(f, v);
          break;
        }
        if (!short.includes(f)) {
          usage(proc, name, `invalid option -- '${f}'`);
          return undefined;
        }
        flags.add(f);
      }
      continue;
    }
    operands.push(a);
  }
  return { flags, values, operands };
}

function usage(proc: Process, name: string, text: string): void {
  println(proc.stderr, `${name}: ${text}`);
  if (styleOf(proc) === 'gnu') println(proc.stderr, `Try '${name} --help' for more information.`);
}

/** The strerror text for an FsError (or rethrows anything else). */
export function strerror(e: unknown): string {
  if (isFsError(e)) return e.strerror;
  throw e;
}

export function errCode(e: unknown): string {
  if (isFsError(e)) return e.code;
  throw e;
}
