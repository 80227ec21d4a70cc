import type { LearnerAnswer, SelfGrade } from '../../lib/quiz/types';
import type { QuizQuestion } from '../../schemas/quiz';

/** Reads what the learner gave from a question's form, in checkAnswer's terms. */
export function readAnswer(form: HTMLFormElement, q: QuizQuestion): LearnerAnswer {
  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
      (i) => i.value,
    );
  const base = `q-${q.id}`;
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: checked(`${base}-choice`)[0] ?? '' };
    case 'multiple':
      return { type: 'multiple', choices: checked(`${base}-choice`) };
    case 'order':
      return {
        type: 'order',
        order: [...form.querySelectorAll<HTMLElement>('[data-order] > li')].map((li) =>
          Number(li.dataset.step),
        ),
      };
    case 'command':
      return { type: 'command', text: form.querySelector<HTMLInputElement>('input')?.value ?? '' };
    case 'spot-the-bug':
      return { type: 'spot-the-bug', lines: checked(`${base}-line`).map(Number) };
    case 'recall':
      return {
        type: 'recall',
        grade: (checked(`${base}-grade`)[0] ?? 'missed') as SelfGrade,
        keyPointsHit: checked(`${base}-point`).map(Number),
      };
  }
}

/** True when there is something to check; else the learner gets a nudge, not a wrong mark. */
export function hasAnswer(answer: LearnerAnswer, form: HTMLFormElement, q: QuizQuestion): boolean {
  switch (answer.type) {
    case 'single':
      return answer.choice !== '';
    case 'multiple':
      return answer.choices.length > 0;
    case 'command':
      return answer.text.trim() !== '';
    case 'spot-the-bug':
      return answer.lines.length > 0;
    case 'recall':
      return form.querySelector(`input[name="q-${q.id}-grade"]:checked`) !== null;
    case 'order':
      return true;
  }
}

export const emptyNudge: Record<QuizQuestion['type'], string> = {
  single: 'Choose an option first.',
  multiple: 'Select at least one option first.',
  order: '',
  command: 'Type a command first.',
  'spot-the-bug': 'Select the faulty line (or lines) first.',
  recall: 'Choose how you did first.',
};

/** Clears the learner's answer for "Try again". Order questions keep their arrangement. */
export function clearAnswer(form: HTMLFormElement): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input, textarea')) {
    if (input.type === 'radio' || input.type === 'checkbox') input.checked = false;
    else input.value = '';
  }
}
