/** One message line above the playground: `alert` for refusals, `status` for news. */
export function showMessage(root: HTMLElement, kind: 'alert' | 'status', text: string): void {
  const alert = root.querySelector<HTMLElement>('[data-pg-alert]')!;
  const status = root.querySelector<HTMLElement>('[data-pg-status]')!;
  const target = kind === 'alert' ? alert : status;
  target.textContent = text;
  target.hidden = false;
}
