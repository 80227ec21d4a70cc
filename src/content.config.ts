import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema, referenceSchema } from './schemas/lesson';
import { questionSchema } from './schemas/quiz';
import { quizLoader } from './lib/quiz-view/quiz-loader';

// Content lives in the top-level content/ folder (words and data only; logic stays in src/).
const lessons = defineCollection({
  // `01-why-image-size-matters/index.mdx` → id `01-why-image-size-matters`.
  // Folders and files starting with `_` (scenarios, partials) are not pages.
  loader: glob({
    base: './content/lessons',
    pattern: ['*/index.mdx', '!_*/**'],
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

const reference = defineCollection({
  loader: glob({
    base: './content/reference',
    pattern: ['*.mdx', '!_*'],
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: referenceSchema,
});

// One entry per question, id = question id. The loader validates whole files first, so a
// mistake names the file, the question and the field instead of a bare zod path.
const quizzes = defineCollection({
  loader: quizLoader({ base: 'content/quizzes' }),
  schema: questionSchema,
});

export const collections = { lessons, reference, quizzes };
