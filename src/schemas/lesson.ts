import { z } from 'astro/zod';

/** A link to the official documentation a lesson or reference page rests on. */
export const sourceSchema = z.object({
  title: z.string().min(3).describe('What the page is, e.g. "Docker docs: Multi-stage builds"'),
  url: z.url().describe('Absolute https URL of an official source'),
});

/**
 * Frontmatter of `content/lessons/NN-slug/index.mdx`. The folder's NN gives the course order,
 * so there is no `order` field to keep in step.
 */
export const lessonSchema = z.object({
  title: z.string().min(3).max(80).describe('Shown in the sidebar and the page heading'),
  description: z
    .string()
    .min(50)
    .max(160)
    .describe('One sentence for search results and the home page (50–160 characters)'),
  objectives: z
    .array(z.string().min(5))
    .min(2)
    .max(6)
    .describe('What the learner can do after the lesson, shown at the top'),
  estimatedMinutes: z.number().int().min(3).max(90).describe('Reading and practice time'),
  sources: z.array(sourceSchema).min(1).describe('Official documentation the lesson rests on'),
  /** ISO date the facts and versions were last checked against the sources. */
  checked: z.coerce.date().describe('Date the facts were last checked, e.g. 2026-11-26'),
});

export const referenceGroups = [
  'Build',
  'Run and inspect containers',
  'Manage images',
  'Share images',
  'Clean up',
] as const;

/** Frontmatter of `content/reference/<command>.mdx`. */
export const referenceSchema = z.object({
  title: z.string().min(3).max(60).describe('The command as typed, e.g. "docker build"'),
  description: z.string().min(50).max(160).describe('One sentence: what the command does'),
  group: z
    .enum(referenceGroups)
    .describe(`Task group on the index page: ${referenceGroups.join(', ')}`),
  synopsis: z.string().min(3).describe('Usage line as `docker <cmd> --help` prints it'),
  sources: z.array(sourceSchema).min(1),
  checked: z.coerce.date(),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
export type ReferenceFrontmatter = z.infer<typeof referenceSchema>;
