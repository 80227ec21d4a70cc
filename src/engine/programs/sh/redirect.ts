/**
 * Redirections for one command: `>`, `>>`, `<`, heredocs, `n>&m`, `/dev/null`. Output to a
 * file is collected while the command runs and written when it finishes (the file is created
 * or truncated first, so permission errors appear before the command runs, as in sh).
 */
import { isFsError } from '../../fs/errors';
import type { Vfs } from '../../fs/vfs';
import { resolve } from '../../fs/posix-path';
import type { Writer } from '../host';
import { BufferWriter, NULL_WRITER } from '../output';
import type { Redirect } from './ast';
import { cannotCreate, cannotOpen, type Flavour } from './messages';

export interface Io {
  readonly stdin: string;
  readonly stdout: Writer;
  readonly stderr: Writer;
}

interface OpenFile {
  readonly path: string;
  readonly base: string;
  readonly buf: BufferWriter;
}

export interface Opened {
  readonly io: Io;
  /** Writes the collected output to the files. */
  close(): void;
}

export class RedirectError extends Error {}

export function openRedirects(
  redirs: readonly Redirect[],
  io: Io,
  vfs: Vfs,
  cwd: string,
  flavour: Flavour,
  target: (r: Redirect) => string,
): Opened {
  const fds: Writer[] = [NULL_WRITER, io.stdout, io.stderr];
  let stdin = io.stdin;
  const files: OpenFile[] = [];
  for (const r of redirs) {
    if (r.op === '<<' || r.op === '<<-') {
      stdin = target(r);
      continue;
    }
    const name = target(r);
    if (r.op === '>&' || r.op === '<&') {
      if (name === '-') fds[r.fd] = NULL_WRITER;
      else if (/^\d+$/.test(name)) fds[r.fd] = fds[Number(name)] ?? NULL_WRITER;
      continue;
    }
    if (name === '/dev/null') {
      if (r.op === '<') stdin = '';
      else fds[r.fd] = NULL_WRITER;
      continue;
    }
    if (name === '/dev/stdout' || name === '/dev/stderr') {
      fds[r.fd] = name === '/dev/stdout' ? fds[1]! : fds[2]!;
      continue;
    }
    const path = resolve(cwd, name);
    if (r.op === '<') {
      try {
        stdin = vfs.readFile(path) ?? '';
      } catch (e) {
        if (isFsError(e)) throw new RedirectError(cannotOpen(flavour, name, e.code));
        throw e;
      }
      continue;
    }
    let base = '';
    try {
      if (r.op === '>>' && vfs.exists(path)) base = vfs.readFile(path) ?? '';
      vfs.writeFile(path, base);
    } catch (e) {
      if (isFsError(e)) throw new RedirectError(cannotCreate(flavour, name, e.code));
      throw e;
    }
    const buf = new BufferWriter();
    files.push({ path, base, buf });
    fds[r.fd] = buf;
  }
  return {
    io: { stdin, stdout: fds[1] ?? NULL_WRITER, stderr: fds[2] ?? NULL_WRITER },
    close: () => {
      for (const f of files) {
        const text = f.buf.text();
        if (text !== '') vfs.writeFile(f.path, f.base + text);
      }
    },
  };
}
