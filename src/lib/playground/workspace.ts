/**
 * The playground's workspace model: the files under ~/app in the session's filesystem, as a
 * plain path → text record. The session's filesystem is the truth (the terminal may create or
 * delete files); the editor and the file list read from here after every command.
 */
import { posixPath, type Vfs } from '../../engine/index';

/** Where the session starts and where the learner's files live. */
export const APP_DIR = '/home/learner/app';

/** Files the editor will not open (build output, dependencies): not part of the workspace. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export type WorkspaceFiles = Readonly<Record<string, string>>;

/** A workspace-relative path a learner may create: no `..`, no absolute path, sane chars. */
export function validFilePath(path: string): boolean {
  if (path.length === 0 || path.length > 200 || path.startsWith('/') || path.endsWith('/'))
    return false;
  if (!/^[\w.@+\-/ ]+$/.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** Text files under APP_DIR (relative paths, sorted as the file list shows them). */
export function readWorkspace(fs: Vfs): WorkspaceFiles {
  const files: Record<string, string> = {};
  if (!fs.exists(APP_DIR)) return files;
  for (const { path, node } of fs.walk(APP_DIR)) {
    if (node.type !== 'file' || node.content === undefined) continue;
    const rel = path.slice(APP_DIR.length + 1);
    if (rel.split('/').some((p) => SKIPPED_DIRS.has(p))) continue;
    files[rel] = node.content;
  }
  return Object.fromEntries(sortPaths(Object.keys(files)).map((p) => [p, files[p]!]));
}

/** Writes one file into the workspace (creating its folders). */
export function writeWorkspaceFile(fs: Vfs, rel: string, text: string): void {
  const path = posixPath.resolve(APP_DIR, rel);
  fs.mkdir(posixPath.dirname(path), { recursive: true });
  fs.writeFile(path, text);
}

/** The absolute path an `edit` event names, as a workspace path (undefined outside ~/app). */
export function workspacePath(absolute: string): string | undefined {
  return absolute.startsWith(`${APP_DIR}/`) ? absolute.slice(APP_DIR.length + 1) : undefined;
}

/** Dockerfile first, then top-level files, then folders' files: how a learner scans a project. */
export function sortPaths(paths: readonly string[]): string[] {
  const rank = (p: string) => (p === 'Dockerfile' ? 0 : p.includes('/') ? 2 : 1);
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Is this file a Dockerfile (gets Dockerfile highlighting and build checks)? */
export function isDockerfile(path: string): boolean {
  const base = path.split('/').at(-1) ?? path;
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(base) || base.endsWith('.Dockerfile');
}
