import { z } from './zod';

/*
 * Frontmatter schemas. Astro reports a failure as "<collection> → <entry>: <field>: <message>",
 * so each message below says what is wrong AND how to fix it (Starlight's rule for config errors).
 */

const text = (field: string, min: number, max: number, fix: string) =>
  z
    .string({ error: `${field} is missing or not text. Fix: ${fix}` })
    .min(min, { error: `${field} is shorter than ${min} characters. Fix: ${fix}` })
    .max(max, { error: `${field} is longer than ${max} characters. Fix: ${fix}` })
    .describe(fix);

const checkedDate = z.coerce
  .date({
    error:
      'checked must be a date such as 2026-11-26. Fix: write the day you last checked the facts against the sources.',
  })
  .describe('Date the facts and versions were last checked against the sources');

/** A link to the official documentation a lesson or reference page rests on. */
export const sourceSchema = z.object({
  title: text('sources[].title', 3, 120, 'name the page, e.g. "Docker docs: Multi-stage builds".'),
  url: z
    .url({
      error:
        'sources[].url is not an absolute URL. Fix: paste the full https:// address of the official page.',
    })
    .describe('Absolute https URL of an official source'),
});

/**
 * Frontmatter of `content/lessons/NN-slug/index.mdx`. The folder's NN gives the course order,
 * so there is no `order` field to keep in step.
 */
export const lessonSchema = z.object({
  title: text(
    'title',
    3,
    80,
    'a short title (3–80 characters) shown in the sidebar and as the heading.',
  ),
  description: text(
    'description',
    50,
    160,
    'one sentence of 50–160 characters for search results and the home page.',
  ),
  objectives: z
    .array(text('objectives[]', 5, 200, 'one thing the learner can do afterwards.'), {
      error: 'objectives must be a list. Fix: write 2–6 lines starting with "- ".',
    })
    .min(2, {
      error:
        'objectives needs at least 2 entries. Fix: list what the learner can do after the lesson.',
    })
    .max(6, { error: 'objectives has more than 6 entries. Fix: keep the 6 that matter most.' }),
  estimatedMinutes: z
    .number({
      error: 'estimatedMinutes must be a number. Fix: write minutes as a whole number, e.g. 15.',
    })
    .int({ error: 'estimatedMinutes must be a whole number. Fix: round to whole minutes.' })
    .min(3, { error: 'estimatedMinutes is under 3. Fix: count reading and practice time.' })
    .max(90, { error: 'estimatedMinutes is over 90. Fix: split the lesson in two.' }),
  sources: z
    .array(sourceSchema, {
      error:
        'sources must be a list of { title, url }. Fix: link the official docs the lesson rests on.',
    })
    .min(1, { error: 'sources is empty. Fix: link at least one official source.' }),
  checked: checkedDate,
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
  title: text('title', 3, 60, 'the command as typed, e.g. "docker build".'),
  description: text(
    'description',
    50,
    160,
    'one sentence of 50–160 characters: what the command does.',
  ),
  group: z
    .enum(referenceGroups, {
      error: `group is not a known task group. Fix: use one of: ${referenceGroups.join(', ')}.`,
    })
    .describe('Task group on the reference index page'),
  synopsis: text('synopsis', 3, 200, 'the usage line as `docker <command> --help` prints it.'),
  sources: z
    .array(sourceSchema, { error: 'sources must be a list of { title, url }.' })
    .min(1, { error: 'sources is empty. Fix: link the official reference page for the command.' }),
  checked: checkedDate,
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
export type ReferenceFrontmatter = z.infer<typeof referenceSchema>;
