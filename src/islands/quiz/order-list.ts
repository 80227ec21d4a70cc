import { inlinePlain } from '../../lib/quiz-view/inline-markdown';

/**
 * Move up / Move down for order questions: the keyboard (and screen reader) way to reorder,
 * with focus following the moved step and a polite announcement of its new place.
 */
export function wireOrderList(
  list: HTMLOListElement,
  steps: readonly string[],
  announce: (text: string) => void,
): void {
  const refresh = () => {
    const items = [...list.children] as HTMLElement[];
    items.forEach((li, i) => {
      const [up, down] = li.querySelectorAll<HTMLButtonElement>('[data-move]');
      // aria-disabled keeps the button focusable, so focus is never lost at the ends.
      up?.setAttribute('aria-disabled', String(i === 0));
      down?.setAttribute('aria-disabled', String(i === items.length - 1));
    });
  };
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-move]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const li = button.closest('li')!;
    const delta = Number(button.dataset.move);
    const sibling = delta < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) return;
    if (delta < 0) sibling.before(li);
    else sibling.after(li);
    button.focus();
    refresh();
    const position = [...list.children].indexOf(li) + 1;
    const text = inlinePlain(steps[Number(li.dataset.step)] ?? '');
    announce(`${text}: now step ${position} of ${list.children.length}.`);
  });
  refresh();
}
