import { completeLesson } from '../../lib/progress/state';
import { uncompleteLesson } from '../../lib/quiz-view/progress-view';
import {
  getProgress,
  onProgressChange,
  renderStorageNotices,
  updateProgress,
} from './progress-client';

/** Wires the "Mark lesson complete" toggle to progress. */
export function hydrateMarkComplete(root: HTMLElement): void {
  const lesson = root.dataset.lesson ?? '';
  const button = root.querySelector<HTMLButtonElement>('[data-toggle]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;

  const render = (announce: boolean) => {
    const entry = getProgress().lessons[lesson];
    const done = entry?.completed ?? false;
    button.setAttribute('aria-pressed', String(done));
    if (announce || done) {
      status.textContent = done
        ? `Lesson completed${entry?.completedAt ? ` on ${entry.completedAt.slice(0, 10)}` : ''}.`
        : 'Lesson marked as not completed.';
    }
    renderStorageNotices(root);
  };

  button.hidden = false;
  button.addEventListener('click', () => {
    const done = getProgress().lessons[lesson]?.completed ?? false;
    updateProgress((p) =>
      done ? uncompleteLesson(p, lesson) : completeLesson(p, lesson, new Date()),
    );
    render(true);
  });
  onProgressChange(() => renderStorageNotices(root));
  render(false);
}
