/**
 * Whether the playground opens something other than its starting files (saved work or a
 * share link), read without the codecs (zod, compression), so the page's small loader can
 * ask: then the server's picture of the starting Dockerfile is wrong, and the real editor
 * should replace it at once rather than after the quiet wait.
 */
export const AUTOSAVE_KEY = 'stagecraft:playground:v1';
export const SHARE_PREFIX = 'share=';

export function opensOwnWork(hash: string, storage: () => Storage | undefined): boolean {
  if (hash.replace(/^#/, '').startsWith(SHARE_PREFIX)) return true;
  try {
    return Boolean(storage()?.getItem(AUTOSAVE_KEY));
  } catch {
    return false; // storage blocked: nothing saved to show
  }
}
