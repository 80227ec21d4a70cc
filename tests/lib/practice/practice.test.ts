import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dueQuestions,
  hashSeed,
  previewIntervals,
  reviewCard,
  startInterview,
  summarizeInterview,
  isOver,
  remainingMs,
} from '../../../src/lib/practice';
import { validateQuizYaml } from '../../../src/lib/quiz/validate';
import type { QuizQuestion } from '../../../src/schemas/quiz';

const bank: QuizQuestion[] = readdirSync('content/quizzes')
  .sort()
  .flatMap((f) => {
    const r = validateQuizYaml(f, readFileSync(`content/quizzes/${f}`, 'utf8'));
    return r.ok ? r.questions : [];
  });
const now = new Date('2026-11-26T09:00:00.000Z');
const DAY = 86_400_000;

describe('flashcards (FSRS)', () => {
  it('moves a card well into the future on Good, keeps it due soon on Again', () => {
    const good = reviewCard(undefined, 'good', now);
    const again = reviewCard(undefined, 'again', now);
    expect(Date.parse(good.due)).toBeGreaterThan(now.getTime());
    expect(Date.parse(again.due) - now.getTime()).toBeLessThanOrEqual(10 * 60_000);
    // A second Good on the graduated card schedules days ahead.
    const later = new Date(Date.parse(good.due));
    const second = reviewCard(good, 'good', later);
    expect(Date.parse(second.due) - later.getTime()).toBeGreaterThanOrEqual(DAY);
    expect(second.reps).toBe(2);
  });

  it('orders preview intervals Again < Hard < Good < Easy', () => {
    const p = previewIntervals(reviewCard(undefined, 'good', now), new Date(now.getTime() + DAY));
    expect(p.again.getTime()).toBeLessThan(p.hard.getTime());
    expect(p.hard.getTime()).toBeLessThanOrEqual(p.good.getTime());
    expect(p.good.getTime()).toBeLessThan(p.easy.getTime());
  });

  it('lists due cards first, then new ones, filtered by topic', () => {
    const [first, second] = bank.filter((q) => q.topics.includes('go'));
    const cards = {
      [first!.id]: reviewCard(undefined, 'again', now),
      [second!.id]: reviewCard(undefined, 'easy', now),
    };
    const soon = new Date(now.getTime() + 60 * 60_000);
    const due = dueQuestions(bank, cards, soon, { topic: 'go', newLimit: 2 }).map((q) => q.id);
    expect(due[0]).toBe(first!.id);
    expect(due).not.toContain(second!.id);
    expect(due).toHaveLength(3);
    expect(dueQuestions(bank, {}, now).length).toBe(10);
  });
});

describe('mock interview', () => {
  const options = { seed: hashSeed('2026-11-26'), now, count: 8, minutes: 20 };

  it('picks the same questions for the same seed and others for another seed', () => {
    const a = startInterview(bank, options);
    expect(startInterview(bank, options)).toEqual(a);
    expect(startInterview(bank, { ...options, seed: 7 }).questionIds).not.toEqual(a.questionIds);
    expect(new Set(a.questionIds).size).toBe(8);
    const recall = a.questionIds.filter((id) => bank.find((q) => q.id === id)!.type === 'recall');
    expect(recall.length).toBe(6);
  });

  it('is timed by the clock passed in', () => {
    const s = startInterview(bank, options);
    expect(remainingMs(s, new Date(now.getTime() + 5 * 60_000))).toBe(15 * 60_000);
    expect(isOver(s, new Date(now.getTime() + 20 * 60_000))).toBe(true);
  });

  it('limits to chosen topics', () => {
    const s = startInterview(bank, { ...options, topics: ['debugging'] });
    for (const id of s.questionIds) {
      expect(bank.find((q) => q.id === id)!.topics).toContain('debugging');
    }
  });

  it('summarises weak topics with links back to lessons', () => {
    const s = startInterview(bank, options);
    const [missed, ...rest] = s.questionIds;
    const scores = Object.fromEntries(rest.map((id) => [id, 1]));
    scores[missed!] = 0;
    const summary = summarizeInterview(s, bank, scores);
    const q = bank.find((x) => x.id === missed)!;
    expect(summary.asked).toBe(8);
    expect(summary.answered).toBe(8);
    expect(summary.score).toBe(7 / 8);
    for (const t of q.topics) {
      const entry = summary.topics.find((x) => x.topic === t)!;
      expect(entry.lessons).toContain(q.lesson);
    }
    const weakest = summary.topics[0]!;
    expect(weakest.score).toBeLessThan(1);
    expect(summary.weakTopics.every((t) => t.score < 0.6)).toBe(true);
  });
});
