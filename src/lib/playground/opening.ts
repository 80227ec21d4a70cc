/**
 * What the playground opens with: a share link, else the learner's autosave, else the
 * sample app. A bad link never replaces anything: the learner's saved work is used (and left
 * untouched in storage) and the message says why the link was refused.
 */
import { DEFAULT_FILES } from './default-files';
import type { DecodeResult, SharedWorkspace } from './share-codec';

export interface Opening {
  readonly workspace: SharedWorkspace;
  readonly message?: { readonly kind: 'alert' | 'status'; readonly text: string };
}

/** `decoded` is undefined when the page was opened without a share link. */
export function openingWorkspace(
  saved: SharedWorkspace | undefined,
  decoded: DecodeResult | undefined,
): Opening {
  const fallback: SharedWorkspace = saved ?? { v: 1, files: { ...DEFAULT_FILES }, history: [] };
  if (!decoded) return { workspace: fallback };
  if (!decoded.ok) {
    const kept = saved ? 'Your saved work is unchanged.' : 'The sample project is shown instead.';
    return {
      workspace: fallback,
      message: {
        kind: 'alert',
        text: `This share link could not be opened. ${decoded.reason} ${kept}`,
      },
    };
  }
  const n = Object.keys(decoded.value.files).length;
  const h = decoded.value.history.length;
  const commands = h > 0 ? ` and ${h} command${h === 1 ? '' : 's'} (press Up in the terminal)` : '';
  return {
    workspace: decoded.value,
    message: {
      kind: 'status',
      text: `Opened a shared workspace: ${n} file${n === 1 ? '' : 's'}${commands}. Your own saved work is kept until you edit or run a command here.`,
    },
  };
}
