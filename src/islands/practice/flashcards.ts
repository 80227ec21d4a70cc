import {
  dueQuestions,
  previewIntervals,
  reviewCard,
  type ReviewGrade,
} from '../../lib/practice/flashcards';
import { setCard } from '../../lib/progress/state';
import { cardAction, gradeLabels, intervalText } from '../../lib/quiz-view/keys';
import type { PracticeData } from '../../components/quiz/practice-data';
import type { QuizQuestion, QuizTopic } from '../../schemas/quiz';
import { getProgress, renderStorageNotices, updateProgress } from '../progress/progress-client';
import { renderBack, renderFront } from './card-view';

/** Cards graded Again come back within this session if they are due again this soon. */
const SAME_SESSION_MS = 20 * 60_000;

/**
 * Flashcard review over FSRS: a queue of due and new cards, reveal with Space/Enter,
 * grade with 1–4 or the buttons. Focus moves to what the learner needs next, and each
 * grade is announced once, politely.
 */
export function hydrateFlashcards(root: HTMLElement): void {
  const data = JSON.parse(
    document.querySelector('script[data-practice-data]')?.textContent ?? '{}',
  ) as PracticeData;
  const titles = new Map(data.lessons.map((l) => [l.slug, l.title]));
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const topicSelect = $<HTMLSelectElement>('[data-topic]');
  const card = $('[data-card]');
  const heading = $('[data-card-heading]');
  const front = $('[data-front]');
  const back = $('[data-back]');
  const revealButton = $<HTMLButtonElement>('[data-reveal]');
  const grades = $('[data-grades]');
  const done = $('[data-done]');
  const announce = (text: string) => ($('[data-announce]').textContent = text);

  let queue: QuizQuestion[] = [];
  let index = 0;
  let revealed = false;

  const topic = () => (topicSelect.value || undefined) as QuizTopic | undefined;

  const updateCount = () => {
    const now = new Date();
    const cards = getProgress().cards;
    const due = dueQuestions(data.questions, cards, now, { topic: topic(), newLimit: 0 }).length;
    const fresh = data.questions.filter(
      (q) => !cards[q.id] && (!topic() || q.topics.includes(topic()!)),
    ).length;
    $('[data-due-count]').textContent =
      `${due} review${due === 1 ? '' : 's'} due now · ${fresh} new card${fresh === 1 ? '' : 's'} left`;
  };

  const start = () => {
    queue = dueQuestions(data.questions, getProgress().cards, new Date(), { topic: topic() });
    index = 0;
    show();
  };

  const show = () => {
    updateCount();
    revealed = false;
    const q = queue[index];
    card.hidden = !q;
    done.hidden = Boolean(q);
    if (!q) {
      $('[data-done-text]').textContent = doneText(getProgress().cards, topic(), data.questions);
      $('[data-more]').hidden = !data.questions.some(
        (x) => !getProgress().cards[x.id] && (!topic() || x.topics.includes(topic()!)),
      );
      return;
    }
    heading.textContent = `Card ${index + 1} of ${queue.length}`;
    front.replaceChildren(...renderFront(q));
    back.replaceChildren(...renderBack(q, titles.get(q.lesson.split('/')[2] ?? '')));
    back.hidden = true;
    grades.hidden = true;
    revealButton.hidden = false;
  };

  const reveal = () => {
    const q = queue[index];
    if (!q || revealed) return;
    revealed = true;
    const now = new Date();
    const due = previewIntervals(getProgress().cards[q.id], now);
    for (const button of grades.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      const g = button.dataset.grade as ReviewGrade;
      button.querySelector('[data-when]')!.textContent = `in ${intervalText(due[g], now)}`;
    }
    back.hidden = false;
    grades.hidden = false;
    revealButton.hidden = true;
    back.focus();
  };

  const grade = (g: ReviewGrade) => {
    const q = queue[index];
    if (!q || !revealed) return;
    const now = new Date();
    const next = reviewCard(getProgress().cards[q.id], g, now);
    updateProgress((p) => setCard(p, q.id, next));
    renderStorageNotices();
    const dueIn = Date.parse(next.due) - now.getTime();
    if (dueIn <= SAME_SESSION_MS) queue.push(q);
    index++;
    const left = queue.length - index;
    announce(
      `${gradeLabels[g]}: back in ${intervalText(new Date(next.due), now)}. ${left ? `${left} card${left === 1 ? '' : 's'} left.` : 'Session done.'}`,
    );
    show();
    (queue[index] ? heading : $('[data-done] h2')).focus();
  };

  revealButton.addEventListener('click', reveal);
  grades.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-grade]');
    if (button) grade(button.dataset.grade as ReviewGrade);
  });
  $('[data-more]').addEventListener('click', () => {
    start();
    if (queue.length) heading.focus();
  });
  topicSelect.addEventListener('change', start);
  document.addEventListener('keydown', (e) => {
    if (root.inert || card.hidden) return;
    const target = e.target as HTMLElement;
    const action = cardAction(
      {
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        targetTag: target.tagName,
        targetEditable: target.isContentEditable,
      },
      revealed,
    );
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'reveal') reveal();
    else grade(action.grade);
  });

  renderStorageNotices();
  start();
  root.inert = false; // rendered visible but inert, so nothing moves when the script arrives
  root.dataset.ready = 'true';
}

function doneText(
  cards: Record<string, { due: string }>,
  topic: QuizTopic | undefined,
  questions: readonly QuizQuestion[],
): string {
  const pool = questions.filter((q) => !topic || q.topics.includes(topic));
  const next = pool
    .map((q) => cards[q.id]?.due)
    .filter((d): d is string => Boolean(d))
    .sort()[0];
  const fresh = pool.filter((q) => !cards[q.id]).length;
  const when = next ? `The next review is due ${new Date(next).toLocaleString()}.` : '';
  return `No cards are due${topic ? ` in ${topic}` : ''} right now. ${when} ${fresh ? `${fresh} new cards are waiting.` : 'You have seen every card.'}`.trim();
}
