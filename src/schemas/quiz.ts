import { z } from './zod';

/**
 * The question bank: `content/quizzes/<topic>.yaml`, each `{ questions: [...] }`.
 * One schema serves Astro's content layer and the loader-independent validator
 * (src/lib/quiz/validate.ts), so an author sees the same message in both.
 */

/** Lesson slugs, fixed by the content conventions; the number gives the order. */
export const lessonSlugs = [
  '01-why-image-size-matters',
  '02-multi-stage-builds',
  '03-multi-stage-in-depth',
  '04-distroless-images',
  '05-debugging-distroless',
  '06-choosing-minimal-images',
  '07-summary-cheat-sheet',
  '08-interview-tips',
] as const;

/** Closed list of topic tags. A file's name is one of them; its ids start with the prefix. */
export const quizTopics = [
  'multi-stage',
  'distroless',
  'image-size',
  'debugging',
  'minimal-images',
  'commands',
  'security',
  'cache',
  'go',
  'node',
] as const;
export type QuizTopic = (typeof quizTopics)[number];

/** Id prefix per topic file: `ms-03` lives in multi-stage.yaml. Short, so ids stay readable. */
export const topicIdPrefix: Record<QuizTopic, string> = {
  'multi-stage': 'ms',
  distroless: 'dl',
  'image-size': 'size',
  debugging: 'dbg',
  'minimal-images': 'min',
  commands: 'cmd',
  security: 'sec',
  cache: 'cache',
  go: 'go',
  node: 'node',
};

export const questionTypes = [
  'single',
  'multiple',
  'order',
  'command',
  'spot-the-bug',
  'recall',
] as const;
export type QuestionType = (typeof questionTypes)[number];

const idPattern = new RegExp(
  `^(${Object.values(topicIdPrefix).join('|')})-[a-z0-9]+(-[a-z0-9]+)*$`,
);
const lessonPattern = new RegExp(`^/lessons/(${lessonSlugs.join('|')})/#[a-z0-9][a-z0-9-]*$`);

/**
 * Where a question's fact comes from: `tip:<key>` (interview tips at the end of
 * source-notes.md), `gt5:<n>` / `gt4:<n>` (content-ground-truth §5 bank / §4 corrections),
 * `gt:<section>` (another ground-truth section, e.g. `gt:1.4`), `cli:<section>`
 * (docker-cli-ground-truth.md), `notes:<key>` (a source-notes section).
 */
export const interviewTipKeys = ['why-multi-stage', 'what-is-distroless', 'production'] as const;
const sourcePattern = new RegExp(
  `^(tip:(${interviewTipKeys.join('|')})|gt5:([1-9]|[1-3][0-9]|4[0-3])|gt4:([1-9]|1[0-9]|2[0-2])|gt:[1-6](\\.[0-9]+)*|cli:[0-5](\\.[0-9]+)*|notes:[a-z0-9-]+)$`,
);
export const sourceRefSchema = z
  .string()
  .regex(sourcePattern, {
    message:
      'expected a source like `tip:why-multi-stage`, `gt5:12`, `gt4:3`, `gt:1.4`, `cli:2.9` or `notes:commands`',
  })
  .describe('Where the fact comes from, e.g. `gt5:12` (ground truth §5 item 12)');

/** Option keys are short letters so `answer: b` reads well and the UI can shuffle. */
const optionKey = z.string().regex(/^[a-h]$/, { message: 'option keys are single letters a–h' });
const optionsSchema = z
  .record(optionKey, z.string().min(1))
  .refine((o) => Object.keys(o).length >= 2 && Object.keys(o).length <= 6, {
    message: 'give 2–6 options',
  })
  .describe('Options keyed by letter: `a: …`, `b: …`');

const common = {
  id: z
    .string()
    .regex(idPattern, {
      message: `expected a kebab-case id starting with a topic prefix (${Object.values(topicIdPrefix).join(', ')}), e.g. \`ms-stage-index\``,
    })
    .describe('Unique kebab-case id prefixed by the file topic, e.g. `ms-target-flag`'),
  prompt: z.string().min(10).describe('The question; Markdown allowed'),
  explanation: z.string().min(20).describe('Why the answer is right; shown after answering'),
  lesson: z
    .string()
    .regex(lessonPattern, { message: 'expected `/lessons/<slug>/#<anchor>` with a known slug' })
    .describe('Where the idea is taught: `/lessons/<slug>/#<heading-anchor>`'),
  topics: z
    .array(z.enum(quizTopics))
    .min(1)
    .refine((t) => new Set(t).size === t.length, { message: 'topics must not repeat' })
    .describe(`Tags from: ${quizTopics.join(', ')}`),
  difficulty: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .describe('1 = recall a fact, 2 = apply it, 3 = reason about a failure'),
  source: z
    .union([sourceRefSchema, z.array(sourceRefSchema).min(1)])
    .transform((s) => (Array.isArray(s) ? s : [s]))
    .describe('One source reference or a list'),
};

function answerIn(keys: string[], answer: string) {
  return keys.includes(answer);
}

const singleSchema = z
  .strictObject({
    ...common,
    type: z.literal('single'),
    options: optionsSchema,
    answer: z.string().describe('The key of the one correct option'),
  })
  .superRefine((q, ctx) => {
    const keys = Object.keys(q.options);
    if (!answerIn(keys, q.answer)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `expected one of ${keys.join(', ')} — fix: set \`answer\` to the key of the correct option`,
      });
    }
  });

const multipleSchema = z
  .strictObject({
    ...common,
    type: z.literal('multiple'),
    options: optionsSchema,
    answer: z.array(z.string()).min(1).describe('Keys of every correct option'),
  })
  .superRefine((q, ctx) => {
    const keys = Object.keys(q.options);
    q.answer.forEach((a, i) => {
      if (!answerIn(keys, a)) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer', i],
          message: `expected one of ${keys.join(', ')} — fix: list only keys of existing options`,
        });
      }
    });
    if (new Set(q.answer).size !== q.answer.length) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'answer keys must not repeat' });
    }
    if (keys.length < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a select-all question needs at least 3 options',
      });
    }
  });

const orderSchema = z.strictObject({
  ...common,
  type: z.literal('order'),
  steps: z.array(z.string().min(2)).min(3).max(8).describe('The steps in the CORRECT order'),
});

const commandSchema = z.strictObject({
  ...common,
  type: z.literal('command'),
  answers: z
    .array(z.string().regex(/^docker /, { message: 'accepted answers start with `docker `' }))
    .min(1)
    .describe('Accepted commands; equivalent flag forms are recognised by parsing'),
});

const spotTheBugSchema = z
  .strictObject({
    ...common,
    type: z.literal('spot-the-bug'),
    dockerfile: z.string().min(10).describe('The Dockerfile shown with numbered lines'),
    answer: z.array(z.number().int().min(1)).min(1).describe('1-based faulty line number(s)'),
  })
  .superRefine((q, ctx) => {
    const lines = q.dockerfile.replace(/\n$/, '').split('\n').length;
    q.answer.forEach((n, i) => {
      if (n > lines) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer', i],
          message: `line ${n} does not exist (the Dockerfile has ${lines} lines) — fix: count lines from 1`,
        });
      }
    });
  });

const recallSchema = z.strictObject({
  ...common,
  type: z.literal('recall'),
  modelAnswer: z.string().min(20).describe('A concise model answer, shown for self-grading'),
  keyPoints: z
    .array(z.string().min(3))
    .min(1)
    .max(6)
    .describe('What a good answer mentions; the learner ticks them off'),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  orderSchema,
  commandSchema,
  spotTheBugSchema,
  recallSchema,
]);

export const quizFileSchema = z.strictObject({
  questions: z.array(questionSchema).min(1).describe('The questions of this topic'),
});

export type QuizQuestion = z.infer<typeof questionSchema>;
export type QuizFile = z.infer<typeof quizFileSchema>;
export type QuestionOf<T extends QuestionType> = Extract<QuizQuestion, { type: T }>;
