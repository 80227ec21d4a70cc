/**
 * The plain "accessible input" mode: a labelled text field and an output log over the same
 * session, for learners who find a terminal emulator hard to use with their tools. Lines go
 * through the same controller, so both views show one history.
 */
import type { RunOutcome } from '../../lib/terminal/command-runner';

export interface AccessibleMode {
  append(command: string, outcome: RunOutcome): void;
}

export function setUpAccessibleMode(
  root: HTMLElement,
  submit: (line: string) => void,
): AccessibleMode {
  const toggle = root.querySelector<HTMLButtonElement>('[data-terminal-a11y-toggle]')!;
  const panel = root.querySelector<HTMLElement>('[data-terminal-a11y]')!;
  const form = panel.querySelector('form')!;
  const field = panel.querySelector('textarea')!;
  const log = panel.querySelector('pre')!;
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    panel.hidden = !on;
    if (on) field.focus();
  });
  const run = () => {
    // Several lines (a pasted heredoc) run in order, as in the terminal.
    for (const line of field.value.replace(/\r\n?/g, '\n').split('\n')) submit(line);
    field.value = '';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      run();
    }
  });
  return {
    append(command, outcome) {
      log.textContent += `$ ${command}\n${outcome.transcript}`;
      log.scrollTop = log.scrollHeight;
    },
  };
}
