import type { QuizQuestion } from '../../schemas/quiz';

/**
 * The right answer of a question in words, for the no-JavaScript <details>, the flashcard
 * back and the mock-interview reveal. Items are inline Markdown (see inline-markdown.ts).
 */
export interface AnswerView {
  label: string;
  items: string[];
  ordered: boolean;
}

export function answerView(q: QuizQuestion): AnswerView {
  switch (q.type) {
    case 'single':
      return { label: 'Answer', items: [`${q.answer}) ${q.options[q.answer]}`], ordered: false };
    case 'multiple':
      return {
        label: 'Correct options',
        items: q.answer.map((k) => `${k}) ${q.options[k]}`),
        ordered: false,
      };
    case 'order':
      return { label: 'Correct order', items: [...q.steps], ordered: true };
    case 'command':
      return {
        label: q.answers.length > 1 ? 'Accepted commands' : 'Accepted command',
        items: q.answers.map((a) => `\`${a}\``),
        ordered: false,
      };
    case 'spot-the-bug': {
      const lines = dockerfileLines(q.dockerfile);
      return {
        label: q.answer.length > 1 ? 'Faulty lines' : 'Faulty line',
        items: [...q.answer]
          .sort((a, b) => a - b)
          .map((n) => `Line ${n}: \`${lines[n - 1]?.trim() ?? ''}\``),
        ordered: false,
      };
    }
    case 'recall':
      return {
        label: 'A good answer mentions',
        items: [...q.keyPoints],
        ordered: false,
      };
  }
}

/** The Dockerfile's lines as shown, without the final newline YAML block scalars add. */
export function dockerfileLines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

export const typeLabels: Record<QuizQuestion['type'], string> = {
  single: 'Choose one',
  multiple: 'Select all that apply',
  order: 'Put in order',
  command: 'Type the command',
  'spot-the-bug': 'Spot the bug',
  recall: 'Explain in your own words',
};
