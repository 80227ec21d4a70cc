/**
 * The DOM side of a scenario's steps (ScenarioSteps.astro renders them): statuses, the
 * current step's hint, the done count and the polite status line. Text only, never HTML
 * from anywhere but the inline-Markdown tokenizer.
 */
import type { StepStatus } from '../../lib/scenarios/steps';
import { inlineNodes } from '../quiz/render-inline';

const LABEL: Record<StepStatus, string> = {
  done: 'Done',
  current: 'Current step',
  todo: 'To do',
};

export class ScenarioPanel {
  private readonly items: HTMLElement[];
  private readonly status: HTMLElement | null;

  constructor(private readonly root: HTMLElement) {
    this.items = [...root.querySelectorAll<HTMLElement>('[data-step]')];
    this.status = root.querySelector('[data-scenario-status]');
  }

  render(statuses: readonly StepStatus[]): void {
    this.items.forEach((li, i) => {
      const status = statuses[i] ?? 'todo';
      li.dataset.status = status;
      if (status === 'current') li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
      li.querySelector('[data-step-status]')!.textContent = LABEL[status];
      if (status !== 'current') this.hint(li, undefined);
    });
    const done = this.root.querySelector('[data-scenario-done]');
    if (done) done.textContent = String(statuses.filter((s) => s === 'done').length);
    const show = this.root.querySelector<HTMLElement>('[data-terminal-action="show-me"]');
    if (show) show.setAttribute('aria-disabled', String(!statuses.includes('current')));
  }

  showHint(stepId: string, text: string | undefined): void {
    const li = this.items.find((i) => i.dataset.step === stepId);
    if (li) this.hint(li, text);
  }

  private hint(li: HTMLElement, text: string | undefined): void {
    const p = li.querySelector<HTMLElement>('[data-step-hint]');
    if (!p) return;
    p.hidden = text === undefined;
    p.replaceChildren(
      ...(text === undefined ? [] : [document.createTextNode('Hint: '), ...inlineNodes(text)]),
    );
  }

  /** The role=status line: read out politely after the terminal's own output. */
  announce(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  confirmReset(open: boolean): void {
    const box = this.root.querySelector<HTMLElement>('[data-reset-confirm]');
    const reset = this.root.querySelector<HTMLElement>('[data-terminal-action="reset"]');
    if (!box || !reset) return;
    box.hidden = !open;
    reset.setAttribute('aria-expanded', String(open));
    (open
      ? box.querySelector<HTMLElement>('[data-terminal-action="reset-confirm"]')
      : reset
    )?.focus();
  }
}
