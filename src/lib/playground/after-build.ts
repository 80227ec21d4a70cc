/**
 * Which layers picture to show after a terminal command. A `docker build` that succeeds shows
 * the image it tagged (even when every step came from cache and nothing in the store looks
 * new); one that fails says so, so the old picture is never mistaken for the new build.
 */
import { changedImage, type StoredImage } from './pictures';

/** The images the daemon holds, as much of the store as this needs. */
export interface ImageLookup {
  list(): readonly StoredImage[];
  get(reference: string): StoredImage | undefined;
}

export type LayersUpdate =
  | { readonly kind: 'show'; readonly image: StoredImage }
  | { readonly kind: 'failed'; readonly exitCode: number }
  | { readonly kind: 'removed' }
  | { readonly kind: 'keep' };

const BUILD_WORDS = [['build'], ['buildx', 'build'], ['image', 'build'], ['builder', 'build']];

/** Splits a command line into words, dropping simple quotes (enough to find `-t` values). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/**
 * The tags of a `docker build` line, or undefined when the line is not a build.
 * uncertain: a heuristic over the typed words, not the engine's flag parser; a build inside
 * a compound line (`cd x && docker build`) is not recognised and falls back to store changes.
 */
export function buildTags(line: string): string[] | undefined {
  const w = words(line.trim());
  if (w[0] !== 'docker') return undefined;
  const verb = BUILD_WORDS.find((v) => v.every((x, i) => w[i + 1] === x));
  if (!verb) return undefined;
  const tags: string[] = [];
  const args = w.slice(1 + verb.length);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-t' || a === '--tag') {
      if (args[i + 1] !== undefined) tags.push(args[++i]!);
    } else if (a.startsWith('--tag=')) tags.push(a.slice(6));
    else if (/^-t./.test(a)) tags.push(a.slice(a[2] === '=' ? 3 : 2));
  }
  return tags;
}

export function layersAfterCommand(
  command: string,
  exitCode: number,
  before: readonly StoredImage[],
  store: ImageLookup,
  shownId: string | undefined,
): LayersUpdate {
  const after = store.list();
  const tags = buildTags(command);
  if (tags !== undefined) {
    if (exitCode !== 0) return { kind: 'failed', exitCode };
    const tagged = tags.length > 0 ? store.get(tags[0]!) : undefined;
    const image = tagged ?? changedImage(before, after);
    if (image) return { kind: 'show', image };
  } else {
    const image = changedImage(before, after);
    if (image) return { kind: 'show', image };
  }
  if (shownId !== undefined && !after.some((i) => i.id === shownId)) return { kind: 'removed' };
  return { kind: 'keep' };
}
