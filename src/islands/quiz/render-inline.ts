import { inlineTokens } from '../../lib/quiz-view/inline-markdown';

/** Inline Markdown to DOM nodes through textContent only: learner text can never be markup. */
export function inlineNodes(text: string): Node[] {
  return inlineTokens(text).map((t) => {
    if (t.kind === 'text') return document.createTextNode(t.text);
    const el = document.createElement(t.kind);
    el.textContent = t.text;
    return el;
  });
}

export function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p');
  if (className) p.className = className;
  p.append(...inlineNodes(text));
  return p;
}
