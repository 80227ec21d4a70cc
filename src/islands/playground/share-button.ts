/**
 * "Copy share link": the workspace encoded into the URL fragment (nothing is uploaded), shown
 * in a read-only field and copied to the clipboard when the browser allows it.
 */
import { encodeShare, MAX_ENCODED, type SharedWorkspace } from '../../lib/playground/share-codec';
import { showMessage } from './messages';

export function setUpShare(root: HTMLElement, current: () => SharedWorkspace): void {
  const button = root.querySelector<HTMLButtonElement>('[data-pg-share]')!;
  const field = root.querySelector<HTMLInputElement>('[data-pg-share-url]')!;
  button.addEventListener('click', async () => {
    const fragment = await encodeShare(current());
    if (fragment.length > MAX_ENCODED) {
      showMessage(root, 'status', 'This workspace is too large for a share link (64 KB encoded).');
      return;
    }
    const url = `${location.origin}${location.pathname}#${fragment}`;
    field.value = url;
    field.parentElement!.hidden = false;
    field.select();
    try {
      await navigator.clipboard.writeText(url);
      showMessage(root, 'status', 'Share link copied. It holds your files and command history.');
    } catch {
      showMessage(root, 'status', 'Share link ready: copy it from the field below the button.');
    }
  });
}
