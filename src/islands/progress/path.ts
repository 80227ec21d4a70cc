import { completeLesson } from '../../lib/progress/state';
import { formatMinutes, pathSummary, quizCell } from '../../lib/quiz-view/path-summary';
import { uncompleteLesson } from '../../lib/quiz-view/progress-view';
import type { PracticeData } from '../../components/quiz/practice-data';
import {
  getProgress,
  onProgressChange,
  renderStorageNotices,
  updateProgress,
} from './progress-client';

/** The onboarding checklist: one checkbox per lesson, mirroring and editing progress. */
export function hydratePath(): void {
  const data = JSON.parse(
    document.querySelector('script[data-practice-data]')?.textContent ?? '{}',
  ) as PracticeData;

  const render = () => {
    const summary = pathSummary(data.lessons, getProgress());
    for (const row of summary.rows) {
      const li = document.querySelector(`li[data-slug="${row.slug}"]`);
      const box = li?.querySelector<HTMLInputElement>('[data-path-check]');
      if (!li || !box) continue;
      box.checked = row.completed;
      box.disabled = false;
      li.querySelector('[data-path-quiz]')!.textContent = ` · Quiz: ${quizCell(row)}`;
    }
    document.querySelector('[data-path-total]')!.textContent =
      `${summary.lessonsDone} of ${summary.rows.length} lessons done; about ${formatMinutes(summary.minutesLeft)} to go.`;
    renderStorageNotices();
  };

  document.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (!box.matches('[data-path-check]')) return;
    const slug = box.closest<HTMLElement>('li')?.dataset.slug ?? '';
    updateProgress((p) =>
      box.checked ? completeLesson(p, slug, new Date()) : uncompleteLesson(p, slug),
    );
  });
  onProgressChange(render);
  render();
  document.body.dataset.pathReady = 'true';
}
