import { answerView, dockerfileLines, typeLabels } from '../../lib/quiz-view/answer-view';
import { initialOrder } from '../../lib/quiz-view/select';
import type { QuizQuestion } from '../../schemas/quiz';
import { inlineNodes, paragraph } from '../quiz/render-inline';

/**
 * Question fronts and backs as read-only DOM for flashcards and mock interviews: the
 * learner answers in their head (or a text box) and grades themselves against the back.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function list(items: readonly string[], ordered: boolean): HTMLElement {
  const l = el(ordered ? 'ol' : 'ul', 'card-list');
  for (const item of items) l.append(el('li', undefined, ...inlineNodes(item)));
  return l;
}

export function renderFront(q: QuizQuestion): Node[] {
  const nodes: Node[] = [el('p', 'q-meta', typeLabels[q.type]), paragraph(q.prompt, 'q-prompt')];
  if (q.type === 'single' || q.type === 'multiple') {
    nodes.push(
      list(
        Object.entries(q.options).map(([k, v]) => `${k}) ${v}`),
        false,
      ),
    );
  } else if (q.type === 'order') {
    nodes.push(
      list(
        initialOrder(q.id, q.steps.length).map((i) => q.steps[i]!),
        false,
      ),
    );
  } else if (q.type === 'spot-the-bug') {
    const pre = el('pre', 'card-code');
    pre.textContent = dockerfileLines(q.dockerfile)
      .map((line, i) => `${String(i + 1).padStart(2)}  ${line}`)
      .join('\n');
    pre.tabIndex = 0;
    pre.setAttribute('aria-label', 'Dockerfile with line numbers');
    nodes.push(pre);
  }
  return nodes;
}

export function renderBack(q: QuizQuestion, lessonTitle: string | undefined): Node[] {
  const view = answerView(q);
  const nodes: Node[] = [];
  if (q.type === 'recall') {
    nodes.push(
      el('p', undefined, el('strong', undefined, 'Model answer: '), ...inlineNodes(q.modelAnswer)),
    );
  }
  nodes.push(
    el('p', undefined, el('strong', undefined, `${view.label}:`)),
    list(view.items, view.ordered),
  );
  nodes.push(paragraph(q.explanation));
  const link = el('a', undefined, lessonTitle ? `Review: ${lessonTitle}` : 'Review the lesson');
  link.href = q.lesson;
  nodes.push(el('p', undefined, link));
  return nodes;
}
