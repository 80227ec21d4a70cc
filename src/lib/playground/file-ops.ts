/**
 * Adding, renaming and deleting workspace files, on the session's filesystem (so the
 * terminal's `ls` sees the same files). Names are checked here, once, for every path into
 * the workspace: the add form, the rename field and undo.
 */
import { posixPath, type Vfs } from '../../engine/index';
import { APP_DIR, validFilePath } from './workspace';

/** The share link's limit; more files could never be shared, so none are made here. */
export const MAX_FILES = 100;

/** Folders the file list hides (readWorkspace skips them), so a file there would vanish. */
const HIDDEN_DIRS = ['node_modules', '.git'];

/** What a learner typed, as a workspace path: trimmed, without a leading `./`. */
export function cleanInput(raw: string): string {
  return raw.trim().replace(/^(\.\/)+/, '');
}

export interface PathCheck {
  /** Paths in the workspace now. */
  readonly existing: readonly string[];
  /** The file being renamed (its own name is not a duplicate). */
  readonly renaming?: string;
}

/** Why `path` cannot be made, or '' when it can. */
export function pathProblem(path: string, check: PathCheck): string {
  if (path === '') return 'Type a file name.';
  if (path.length > 200) return `That name is ${path.length} characters long; the limit is 200.`;
  if (path.split('/').includes('..')) return 'A file name cannot contain .. (it stays in ~/app).';
  if (!validFilePath(path)) {
    return 'Use a relative path such as src/server.js (letters, digits, . _ - / only; no ..).';
  }
  if (path.split('/').some((part) => HIDDEN_DIRS.includes(part))) {
    return `Files under ${HIDDEN_DIRS.join(' or ')} are not shown here; choose another folder.`;
  }
  const others = check.existing.filter((p) => p !== check.renaming);
  if (others.includes(path)) return `${path} already exists.`;
  // A file cannot also be a folder: `src` next to `src/index.js` (or the other way round).
  const clash = others.find((p) => p.startsWith(`${path}/`) || path.startsWith(`${p}/`));
  if (clash) return `${path} clashes with ${clash}: one of them would have to be a folder.`;
  if (check.renaming === undefined && check.existing.length >= MAX_FILES) {
    return `The workspace already has ${MAX_FILES} files, the most a share link holds.`;
  }
  return '';
}

/** A deleted file, kept so Undo can put it back. */
export interface DeletedFile {
  readonly path: string;
  readonly text: string;
}

const absolute = (rel: string) => posixPath.resolve(APP_DIR, rel);

/** Deletes one workspace file (its folders stay, as `rm` leaves them). */
export function deleteFile(fs: Vfs, rel: string): DeletedFile {
  const path = absolute(rel);
  const text = fs.readFile(path) ?? '';
  fs.rm(path);
  return { path: rel, text };
}

/** Undo: the file again, unless something has taken its name meanwhile. */
export function restoreFile(fs: Vfs, deleted: DeletedFile, existing: readonly string[]): string {
  const problem = pathProblem(deleted.path, { existing });
  if (problem) return `Cannot undo: ${problem}`;
  const path = absolute(deleted.path);
  fs.mkdir(posixPath.dirname(path), { recursive: true });
  fs.writeFile(path, deleted.text);
  return '';
}

/** Renames (moves) a file, creating the new folders; the caller has checked `to`. */
export function renameFile(fs: Vfs, from: string, to: string): void {
  if (from === to) return;
  const target = absolute(to);
  fs.mkdir(posixPath.dirname(target), { recursive: true });
  fs.rename(absolute(from), target);
}

/** Which file the editor shows after `removed` goes: the next one down, else the one above. */
export function nextOpenFile(names: readonly string[], removed: string): string | undefined {
  const at = names.indexOf(removed);
  const rest = names.filter((n) => n !== removed);
  if (rest.length === 0) return undefined;
  return at === -1 ? rest[0] : (rest[Math.min(at, rest.length - 1)] ?? rest[0]);
}
