import { z } from './zod';

/**
 * What the browser keeps about a learner, in localStorage and in exported files.
 * Versioned: a change of shape bumps `version` and adds a migration in
 * src/lib/progress/migrations.ts, so old saves and old exports keep working.
 */
export const PROGRESS_VERSION = 1;
export const PROGRESS_APP = 'stagecraft';

const isoDate = z.iso.datetime({ offset: true }).describe('An ISO 8601 date-time');
const itemId = z.string().min(1).max(120);

export const lessonProgressSchema = z.strictObject({
  completed: z.boolean(),
  completedAt: isoDate.optional(),
  /** Ids of the lesson's practice steps the learner finished, in completion order. */
  steps: z.array(itemId).max(200),
});

export const quizResultSchema = z.strictObject({
  attempts: z.number().int().min(0),
  correct: z.number().int().min(0),
  /** Score of the latest attempt, 0–1. */
  lastScore: z.number().min(0).max(1),
  lastAt: isoDate,
});

/** ts-fsrs Card, with dates as strings so it survives JSON. */
export const cardStateSchema = z.strictObject({
  due: isoDate,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsed_days: z.number().min(0),
  scheduled_days: z.number().min(0),
  learning_steps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  /** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs State). */
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  last_review: isoDate.optional(),
});

export const progressV1Schema = z.strictObject({
  app: z.literal(PROGRESS_APP).describe('Marks a Stagecraft progress file'),
  version: z.literal(1),
  lessons: z.record(itemId, lessonProgressSchema),
  quiz: z.record(itemId, quizResultSchema),
  cards: z.record(itemId, cardStateSchema),
});

/**
 * v0, the pre-release format (kept only so early testers' saves migrate): a bare list of
 * completed lesson slugs, no version field, no marker.
 */
export const progressV0Schema = z.strictObject({
  lessons: z.array(z.string().min(1)),
});

export type Progress = z.infer<typeof progressV1Schema>;
export type ProgressV0 = z.infer<typeof progressV0Schema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type QuizResult = z.infer<typeof quizResultSchema>;
export type CardState = z.infer<typeof cardStateSchema>;
