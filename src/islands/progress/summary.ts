import { localDate, pathSummary, percent, quizCell } from '../../lib/quiz-view/path-summary';
import type { PracticeData } from '../../components/quiz/practice-data';
import { getProgress, renderStorageNotices } from './progress-client';

/**
 * The printable completion summary. The typed name is only ever set as textContent (and
 * in document.title, which is text too): a learner's input never becomes markup.
 */
export function hydrateSummary(): void {
  const data = JSON.parse(
    document.querySelector('script[data-practice-data]')?.textContent ?? '{}',
  ) as PracticeData;
  const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
  const baseTitle = document.title;
  const now = new Date();
  const summary = pathSummary(data.lessons, getProgress());

  const date = $<HTMLTimeElement>('[data-date]');
  date.textContent = localDate(now);
  date.dateTime = localDate(now);
  $('[data-lessons-done]').textContent = `${summary.lessonsDone} of ${summary.rows.length}`;
  $('[data-quiz-total]').textContent =
    summary.quizScore === null
      ? 'No questions answered yet'
      : `${summary.answered} question${summary.answered === 1 ? '' : 's'} answered, ${percent(summary.quizScore)} on the latest tries`;
  for (const row of summary.rows) {
    const tr = document.querySelector(`tr[data-slug="${row.slug}"]`);
    if (!tr) continue;
    tr.querySelector('[data-cell="completed"]')!.textContent = row.completed
      ? `✓ ${row.completedAt?.slice(0, 10) ?? 'Yes'}`
      : 'Not yet';
    tr.querySelector('[data-cell="quiz"]')!.textContent = quizCell(row);
  }

  const input = $<HTMLInputElement>('[data-name-input]');
  const showName = () => {
    const name = input.value.trim();
    $('[data-name]').textContent = name || '(name not given)';
    // The title becomes the PDF's suggested file name and metadata.
    document.title = name ? `${baseTitle} – ${name}` : baseTitle;
  };
  input.addEventListener('input', showName);
  $('[data-print]').addEventListener('click', () => window.print());
  $('[data-summary-tools]').hidden = false;
  renderStorageNotices();
  showName();
  document.body.dataset.summaryReady = 'true';
}
