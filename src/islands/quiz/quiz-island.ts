import { checkAnswer } from '../../lib/quiz/check';
import { previousResultText } from '../../lib/quiz-view/progress-view';
import { recordQuizResult } from '../../lib/progress/state';
import type { QuizQuestion } from '../../schemas/quiz';
import {
  getProgress,
  onProgressChange,
  renderStorageNotices,
  updateProgress,
} from '../progress/progress-client';
import { clearAnswer, emptyNudge, hasAnswer, readAnswer } from './read-answer';
import { wireOrderList } from './order-list';
import { paragraph } from './render-inline';

/**
 * Wires a server-rendered <Quiz>: checks answers in the browser, shows feedback in each
 * question's polite live region, allows retries, and records every check in progress.
 */
export function hydrateQuiz(root: HTMLElement): void {
  const data = root.querySelector('script[data-quiz-data]')?.textContent ?? '[]';
  const questions = new Map((JSON.parse(data) as QuizQuestion[]).map((q) => [q.id, q]));
  const forms = [...root.querySelectorAll<HTMLFormElement>('form[data-question]')];
  const lastCorrect = new Map<string, boolean>();

  const updateScore = () => {
    const score = root.querySelector<HTMLElement>('[data-quiz-score]');
    const right = [...lastCorrect.values()].filter(Boolean).length;
    if (score && lastCorrect.size)
      score.textContent = `This visit: ${right} of ${lastCorrect.size} checked answers correct.`;
  };

  for (const form of forms) {
    const q = questions.get(form.dataset.question ?? '');
    if (!q) continue;
    const feedback = form.querySelector<HTMLElement>('[data-feedback]')!;
    const retry = form.querySelector<HTMLButtonElement>('[data-retry]')!;
    const check = form.querySelector<HTMLButtonElement>('[data-check]')!;
    const say = (...nodes: Node[]) => feedback.replaceChildren(...nodes);

    for (const el of form.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    const list = form.querySelector<HTMLOListElement>('[data-order]');
    if (list && q.type === 'order') {
      wireOrderList(list, q.steps, (text) => say(paragraph(text)));
    }
    form.querySelector('[data-reveal]')?.addEventListener('click', (event) => {
      form.querySelector<HTMLElement>('[data-recall]')!.hidden = false;
      (event.currentTarget as HTMLElement).hidden = true;
      check.hidden = false;
      form.querySelector<HTMLInputElement>('[data-recall] input')?.focus();
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const answer = readAnswer(form, q);
      if (!hasAnswer(answer, form, q)) {
        say(paragraph(emptyNudge[q.type], 'verdict'));
        return;
      }
      const result = checkAnswer(q, answer);
      updateProgress((p) => recordQuizResult(p, q.id, result.score, new Date()));
      lastCorrect.set(q.id, result.correct);
      updateScore();
      form.dataset.result = result.correct ? 'correct' : 'wrong';
      const verdict = paragraph(
        q.type === 'recall' ? 'Grade saved.' : result.correct ? '✓ Correct.' : '✗ Not quite.',
        `verdict ${result.correct ? 'good' : 'bad'}`,
      );
      if (result.correct || q.type === 'recall') {
        say(verdict, paragraph(result.feedback.replace(/^Correct\. /, '')));
      } else {
        // The explanation would give the answer away: a hint first, the rest on request.
        const hint = result.hint ?? '';
        say(verdict, paragraph(`${hint} Try again, or open “Answer and explanation”.`.trim()));
      }
      retry.hidden = result.correct || q.type === 'recall';
      showPrevious(form, q.id);
    });

    retry.addEventListener('click', () => {
      clearAnswer(form);
      say();
      retry.hidden = true;
      delete form.dataset.result;
      form.querySelector<HTMLElement>('input, textarea, [data-move]')?.focus();
    });
    showPrevious(form, q.id);
  }

  renderStorageNotices(root);
  onProgressChange(() => renderStorageNotices(root));
  root.dataset.ready = 'true';
}

function showPrevious(form: HTMLFormElement, id: string) {
  const el = form.querySelector<HTMLElement>('[data-previous]');
  if (el) el.textContent = previousResultText(getProgress().quiz[id]) ?? '';
}
