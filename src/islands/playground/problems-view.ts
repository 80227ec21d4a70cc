/** The problems list under the editor: one item per problem, with its line and rule. */
import type { Problem } from '../../lib/playground/diagnostics';

function li(text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
}

function problemItem(p: Problem): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `pg-problem ${p.severity}`;
  item.dataset.rule = p.rule;
  item.dataset.line = String(p.line);
  const where = document.createElement('span');
  where.className = 'pg-problem-line';
  where.textContent = `Line ${p.line}`;
  const rule = document.createElement('strong');
  rule.textContent = p.rule === 'parse' ? 'Parse error' : p.rule;
  item.append(
    where,
    ' ',
    `${p.severity === 'error' ? 'Error' : 'Warning'}: `,
    rule,
    ` ${p.message}`,
  );
  if (p.url) {
    const link = document.createElement('a');
    link.href = p.url;
    link.textContent = 'More info';
    link.setAttribute('aria-label', `More info on ${p.rule}`);
    item.append(' ', link);
  }
  return item;
}

/** `problems` undefined: the open file is not a Dockerfile. */
export function renderProblems(
  root: HTMLElement,
  path: string,
  problems: readonly Problem[] | undefined,
): void {
  root.querySelector<HTMLElement>('[data-pg-problems-file]')!.textContent = path;
  root
    .querySelector<HTMLElement>('[data-pg-problems]')!
    .replaceChildren(
      ...(problems === undefined
        ? [li('Build checks run on Dockerfiles.')]
        : problems.length === 0
          ? [li('No problems found.')]
          : problems.map(problemItem)),
    );
}
