import {
  hashSeed,
  isOver,
  remainingMs,
  startInterview,
  summarizeInterview,
  type InterviewSession,
} from '../../lib/practice/index';
import { checkRecall } from '../../lib/quiz/check-recall';
import type { SelfGrade } from '../../lib/quiz/types';
import { percent } from '../../lib/quiz-view/path-summary';
import { clockText, milestoneCrossed } from '../../lib/quiz-view/timer';
import type { PracticeData } from '../../components/quiz/practice-data';
import type { QuizQuestion, QuizTopic } from '../../schemas/quiz';
import { el, renderBack, renderFront } from './card-view';

const SELF_SCORES: Record<SelfGrade, number> = { 'knew-it': 1, partly: 0.5, missed: 0 };

/**
 * A timed mock interview: seeded random questions, self-graded against the model answer,
 * then a summary of weak topics. The clock ticks visibly every second (role=timer, not
 * live); the live region only speaks at half time, 5 minutes, 1 minute and time up.
 */
export function hydrateInterview(root: HTMLElement): void {
  const data = JSON.parse(
    document.querySelector('script[data-practice-data]')?.textContent ?? '{}',
  ) as PracticeData;
  const byId = new Map(data.questions.map((q) => [q.id, q]));
  const titles = new Map(data.lessons.map((l) => [l.slug, l.title]));
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const setup = $<HTMLFormElement>('[data-setup]');
  const sessionEl = $('[data-session]');
  const summaryEl = $('[data-summary]');
  const back = $('[data-q-back]');
  const answer = $<HTMLTextAreaElement>('[data-answer]');
  const announce = (text: string) => ($('[data-announce]').textContent = text);

  let session: InterviewSession | null = null;
  let index = 0;
  let scores: Record<string, number> = {};
  let timer: number | undefined;
  let lastRemaining = 0;

  const current = (): QuizQuestion | undefined => byId.get(session?.questionIds[index] ?? '');
  const duration = () => (session ? Date.parse(session.endsAt) - Date.parse(session.startedAt) : 0);

  const tick = () => {
    if (!session) return;
    const now = new Date();
    const left = remainingMs(session, now);
    $('[data-clock]').textContent = clockText(left);
    const milestone = milestoneCrossed(duration(), lastRemaining, left);
    lastRemaining = left;
    if (milestone) announce(milestone);
    if (isOver(session, now)) finish('Time is up.');
  };

  const showQuestion = () => {
    const q = current();
    if (!q) return finish('');
    $('[data-q-heading]').textContent = `Question ${index + 1} of ${session!.questionIds.length}`;
    $('[data-q-front]').replaceChildren(...renderFront(q));
    $('[data-q-answer]').replaceChildren(
      ...renderBack(q, titles.get(q.lesson.split('/')[2] ?? '')),
    );
    answer.value = '';
    back.hidden = true;
    $('[data-reveal]').hidden = false;
    for (const r of back.querySelectorAll<HTMLInputElement>('input')) r.checked = false;
    $('[data-next]').textContent =
      index + 1 < session!.questionIds.length ? 'Next question' : 'See the summary';
    $('[data-q-heading]').focus();
  };

  const finish = (reason: string) => {
    if (!session) return;
    window.clearInterval(timer);
    const summary = summarizeInterview(session, data.questions, scores);
    sessionEl.hidden = true;
    summaryEl.hidden = false;
    $('[data-summary-body]').replaceChildren(...renderSummary(summary, titles));
    announce(`${reason} Interview over: you scored ${percent(summary.score)}.`.trim());
    session = null;
    summaryEl.querySelector('h2')!.focus();
  };

  setup.addEventListener('submit', (e) => {
    e.preventDefault();
    const form = new FormData(setup);
    const now = new Date();
    session = startInterview(data.questions, {
      seed: hashSeed(now.toISOString()),
      now,
      count: Number(form.get('count')),
      minutes: Number(form.get('minutes')),
      topics: form.getAll('topic') as QuizTopic[],
    });
    index = 0;
    scores = {};
    lastRemaining = duration();
    setup.hidden = true;
    summaryEl.hidden = true;
    sessionEl.hidden = false;
    announce(
      `Interview started: ${session.questionIds.length} questions, ${Math.round(duration() / 60_000)} minutes.`,
    );
    tick();
    timer = window.setInterval(tick, 1000);
    showQuestion();
  });

  $('[data-reveal]').addEventListener('click', () => {
    back.hidden = false;
    $('[data-reveal]').hidden = true;
    back.querySelector<HTMLElement>('[data-q-answer]')!.tabIndex = -1;
    back.querySelector<HTMLElement>('[data-q-answer]')!.focus();
  });

  $('[data-next]').addEventListener('click', () => {
    const q = current();
    const picked = back.querySelector<HTMLInputElement>('input[name="grade"]:checked');
    if (!q) return;
    if (!picked) {
      announce('Choose how you did first.');
      back.querySelector<HTMLInputElement>('input[name="grade"]')!.focus();
      return;
    }
    const grade = picked.value as SelfGrade;
    scores[q.id] = q.type === 'recall' ? checkRecall(q, grade).score : SELF_SCORES[grade];
    index++;
    if (index >= session!.questionIds.length) finish('');
    else showQuestion();
  });

  $('[data-finish]').addEventListener('click', () => finish('Interview ended early.'));
  $('[data-again]').addEventListener('click', () => {
    summaryEl.hidden = true;
    setup.hidden = false;
    setup.querySelector<HTMLElement>('select')!.focus();
  });

  root.hidden = false;
  root.dataset.ready = 'true';
}

function renderSummary(
  summary: ReturnType<typeof summarizeInterview>,
  titles: Map<string, string>,
): Node[] {
  const nodes: Node[] = [
    el(
      'p',
      undefined,
      `You scored ${percent(summary.score)} over ${summary.asked} questions (${summary.answered} answered; unanswered ones count as 0).`,
    ),
  ];
  const table = el('table', 'summary-table');
  table.append(
    el('caption', undefined, 'Score by topic'),
    el(
      'thead',
      undefined,
      el(
        'tr',
        undefined,
        el('th', undefined, 'Topic'),
        el('th', undefined, 'Questions'),
        el('th', undefined, 'Score'),
      ),
    ),
    el(
      'tbody',
      undefined,
      ...summary.topics.map((t) =>
        el(
          'tr',
          undefined,
          el('td', undefined, t.topic),
          el('td', undefined, String(t.asked)),
          el('td', undefined, percent(t.score)),
        ),
      ),
    ),
  );
  nodes.push(el('div', 'table-scroll', table));
  if (!summary.weakTopics.length) {
    nodes.push(el('p', undefined, 'No weak topics this time: every topic scored 60% or more.'));
    return nodes;
  }
  nodes.push(el('h3', undefined, 'Weak topics: review these'));
  const list = el('ul');
  for (const t of summary.weakTopics) {
    const links = el('ul');
    for (const href of t.lessons) {
      const [, , slug, anchor] = href.split('/');
      const a = el(
        'a',
        undefined,
        `${titles.get(slug ?? '') ?? slug}: ${(anchor ?? '').replace(/^#/, '').replace(/-/g, ' ')}`,
      );
      a.href = href;
      links.append(el('li', undefined, a));
    }
    list.append(el('li', undefined, `${t.topic} (${percent(t.score)})`, links));
  }
  nodes.push(list);
  return nodes;
}
