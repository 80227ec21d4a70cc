import type { QuizQuestion, QuizTopic } from '../../schemas/quiz';
import { seededRandom, shuffle } from './random';

/**
 * A mock interview: a timed, seeded random set of questions, mostly open (recall) ones as
 * in a real interview, spread over topics; then a summary of weak topics with links back
 * to the lessons. Pure: the session is plain data, time comes in as `now`.
 */
export interface InterviewOptions {
  seed: number;
  now: Date;
  count?: number;
  minutes?: number;
  /** Limit to these topics; all when empty. */
  topics?: readonly QuizTopic[];
  /** Share of open questions; the rest are quick checks (single, multiple, command…). */
  recallShare?: number;
}

export interface InterviewSession {
  readonly seed: number;
  readonly questionIds: readonly string[];
  readonly startedAt: string;
  readonly endsAt: string;
}

export function startInterview(
  bank: readonly QuizQuestion[],
  { seed, now, count = 8, minutes = 20, topics = [], recallShare = 0.75 }: InterviewOptions,
): InterviewSession {
  const random = seededRandom(seed);
  const pool = topics.length ? bank.filter((q) => q.topics.some((t) => topics.includes(t))) : bank;
  const open = spread(
    shuffle(
      pool.filter((q) => q.type === 'recall'),
      random,
    ),
  );
  const quick = spread(
    shuffle(
      pool.filter((q) => q.type !== 'recall'),
      random,
    ),
  );
  const wantOpen = Math.min(open.length, Math.round(count * recallShare));
  const picked = [...open.slice(0, wantOpen), ...quick.slice(0, count - wantOpen)];
  // Top up from open questions if there were too few quick ones.
  picked.push(...open.slice(wantOpen, wantOpen + count - picked.length));
  return {
    seed,
    questionIds: shuffle(picked, random).map((q) => q.id),
    startedAt: now.toISOString(),
    endsAt: new Date(now.getTime() + minutes * 60_000).toISOString(),
  };
}

/** Reorders so consecutive questions differ in their first topic where possible. */
function spread(questions: QuizQuestion[]): QuizQuestion[] {
  const byTopic = new Map<string, QuizQuestion[]>();
  for (const q of questions) {
    const t = q.topics[0]!;
    byTopic.set(t, [...(byTopic.get(t) ?? []), q]);
  }
  const out: QuizQuestion[] = [];
  while (out.length < questions.length) {
    for (const list of byTopic.values()) {
      const q = list.shift();
      if (q) out.push(q);
    }
  }
  return out;
}

export function remainingMs(session: InterviewSession, now: Date): number {
  return Math.max(0, Date.parse(session.endsAt) - now.getTime());
}

export function isOver(session: InterviewSession, now: Date): boolean {
  return remainingMs(session, now) === 0;
}

export interface TopicScore {
  topic: QuizTopic;
  asked: number;
  score: number;
  /** Lessons behind the questions not fully right, for "review these". */
  lessons: string[];
}

export interface InterviewSummary {
  asked: number;
  answered: number;
  /** 0–1 over all asked questions; unanswered count as 0. */
  score: number;
  topics: TopicScore[];
  weakTopics: TopicScore[];
}

/** Topics scoring below this share are "weak". */
export const WEAK_BELOW = 0.6;

/** `scores` maps question id → 0–1 (from checkAnswer or self-grading); missing = unanswered. */
export function summarizeInterview(
  session: InterviewSession,
  bank: readonly QuizQuestion[],
  scores: Readonly<Record<string, number>>,
): InterviewSummary {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const questions = session.questionIds.map((id) => byId.get(id)).filter((q) => q !== undefined);
  const perTopic = new Map<QuizTopic, { asked: number; total: number; lessons: Set<string> }>();
  for (const q of questions) {
    const s = scores[q.id] ?? 0;
    for (const t of q.topics) {
      const entry = perTopic.get(t) ?? { asked: 0, total: 0, lessons: new Set<string>() };
      entry.asked++;
      entry.total += s;
      if (s < 1) entry.lessons.add(q.lesson);
      perTopic.set(t, entry);
    }
  }
  const topics = [...perTopic.entries()]
    .map(([topic, e]) => ({
      topic,
      asked: e.asked,
      score: e.total / e.asked,
      lessons: [...e.lessons].sort(),
    }))
    .sort((a, b) => a.score - b.score || a.topic.localeCompare(b.topic));
  const total = questions.reduce((sum, q) => sum + (scores[q.id] ?? 0), 0);
  return {
    asked: questions.length,
    answered: questions.filter((q) => q.id in scores).length,
    score: questions.length ? total / questions.length : 0,
    topics,
    weakTopics: topics.filter((t) => t.score < WEAK_BELOW),
  };
}
