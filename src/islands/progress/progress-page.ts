import { exportFileName, exportProgress, importProgress } from '../../lib/progress/transfer';
import { pathSummary, quizCell } from '../../lib/quiz-view/path-summary';
import type { PracticeData } from '../../components/quiz/practice-data';
import {
  getProgress,
  getStore,
  onProgressChange,
  renderStorageNotices,
  replaceProgress,
  resetProgress,
} from './progress-client';

/** The progress page: overview, export to a file, import with validation, reset with a confirm step. */
export function hydrateProgressPage(): void {
  const data = JSON.parse(
    document.querySelector('script[data-practice-data]')?.textContent ?? '{}',
  ) as PracticeData;
  const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
  const status = $('[data-transfer-status]');
  const say = (text: string, kind: 'ok' | 'error') => {
    status.dataset.kind = kind;
    status.textContent = text;
  };

  const render = () => {
    const p = getProgress();
    const summary = pathSummary(data.lessons, p);
    for (const row of summary.rows) {
      const tr = document.querySelector(`tr[data-slug="${row.slug}"]`);
      if (!tr) continue;
      const cell = (name: string) => tr.querySelector<HTMLElement>(`[data-cell="${name}"]`)!;
      cell('completed').textContent = row.completed
        ? `✓ ${row.completedAt?.slice(0, 10) ?? 'Yes'}`
        : 'Not yet';
      cell('steps').textContent = String(p.lessons[row.slug]?.steps.length ?? 0);
      cell('quiz').textContent = quizCell(row);
    }
    const cards = Object.keys(p.cards).length;
    const due = countDue(p.cards);
    const answered = Object.keys(p.quiz).length;
    const correct = Object.values(p.quiz).filter((r) => r.lastScore >= 1).length;
    $('[data-overview]').textContent =
      `Lessons completed: ${summary.lessonsDone} of ${summary.rows.length}. ` +
      `Quiz questions answered: ${answered} (${correct} right on the last try). ` +
      `Flashcards: ${cards} in your deck, ${due} due now.`;
    renderStorageNotices();
  };

  $('[data-export]').addEventListener('click', () => {
    const now = new Date();
    const blob = new Blob([exportProgress(getProgress())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = exportFileName(now);
    document.body.append(a);
    a.click();
    a.remove();
    // Revoke later: the download reads the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    say(`Exported to ${a.download}.`, 'ok');
  });

  const input = $<HTMLInputElement>('[data-import]');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const result = importProgress(await file.text());
    input.value = '';
    if (!result.ok) return say(result.message, 'error');
    const saved = replaceProgress(result.progress);
    const saving = saved.kind === 'saved' ? '' : ' It is not being saved in this browser.';
    say(`${result.message}${saving}`, 'ok');
  });

  const resetButton = $<HTMLButtonElement>('[data-reset]');
  const confirm = $('[data-confirm]');
  const openConfirm = (open: boolean) => {
    confirm.hidden = !open;
    resetButton.setAttribute('aria-expanded', String(open));
    if (open) $('#reset-question').focus();
  };
  resetButton.addEventListener('click', () => openConfirm(confirm.hidden === true));
  $('[data-confirm-no]').addEventListener('click', () => {
    openConfirm(false);
    resetButton.focus();
  });
  $('[data-confirm-yes]').addEventListener('click', () => {
    resetProgress();
    openConfirm(false);
    resetButton.focus();
    say('Progress reset. This browser now has no saved progress.', 'ok');
  });

  const initial = getStore().status();
  if (initial.kind === 'migrated')
    say(`Your saved progress was upgraded from format v${initial.from}.`, 'ok');
  onProgressChange(render);
  $('[data-progress-tools]').hidden = false;
  render();
  document.body.dataset.progressReady = 'true';
}

function countDue(cards: Record<string, { due: string }>): number {
  const now = Date.now();
  return Object.values(cards).filter((c) => Date.parse(c.due) <= now).length;
}
