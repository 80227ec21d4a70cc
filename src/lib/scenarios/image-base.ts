/**
 * Which base image a built image's final stage came from. Stored images do not record it,
 * but the builder starts every stage from its base's history, so the base is the known image
 * (catalog or local) whose history is the longest prefix of this one's. Its references
 * (`node:24-slim`, `docker.io/library/node:24-slim`) are what a `base:` check compares.
 */
import {
  familiarString,
  listCatalog,
  parseReference,
  type HistoryEntry,
  type Session,
} from '../../engine/index';

interface Candidate {
  readonly id: string;
  readonly history: readonly HistoryEntry[];
  readonly refs: readonly string[];
}

function sameEntry(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.createdBy === b.createdBy && a.created === b.created && a.size === b.size;
}

function isPrefix(prefix: readonly HistoryEntry[], of: readonly HistoryEntry[]): boolean {
  return prefix.length <= of.length && prefix.every((h, i) => sameEntry(h, of[i]!));
}

/** Both spellings of a normalised reference: `docker.io/library/node:24` and `node:24`. */
function spellings(full: string): string[] {
  try {
    return [full, familiarString(parseReference(full))];
  } catch {
    return [full];
  }
}

function candidates(session: Session): Candidate[] {
  const out: Candidate[] = [];
  for (const image of listCatalog()) {
    const repos = [{ repository: image.repository, tags: image.tags }, ...image.aliases];
    const refs = repos.flatMap((r) => r.tags.flatMap((t) => spellings(`${r.repository}:${t}`)));
    out.push({
      id: image.id,
      history: image.history,
      refs: [...refs, ...repos.map((r) => r.repository)],
    });
  }
  for (const image of session.daemon.images.list())
    out.push({ id: image.id, history: image.history, refs: image.repoTags.flatMap(spellings) });
  return out;
}

/** References of the image's base (several when tags share it); empty when unknown. */
export function baseReferences(
  session: Session,
  imageId: string,
  history: readonly HistoryEntry[],
): string[] {
  const found = candidates(session).filter((c) => c.id !== imageId && isPrefix(c.history, history));
  if (found.length === 0) return [];
  const longest = Math.max(...found.map((c) => c.history.length));
  return [...new Set(found.filter((c) => c.history.length === longest).flatMap((c) => c.refs))];
}
