import { z } from './zod';

/**
 * A terminal scenario's `scenario.yaml` (the format is fixed in the scenario contract):
 * title, optional profile and pre-pulled images, and steps whose goals and hints are
 * conditions on the simulated machine. Version tokens are replaced before this runs.
 */

const text = z.string().trim().min(1);
const mb = z.number().positive().describe('A size in MB (1 MB = 1,000,000 bytes), e.g. 200');

const imageCondition = z.strictObject({
  image: text.describe('An image reference, e.g. app:single'),
  maxSizeMB: mb.optional(),
  minSizeMB: mb.optional(),
  hasShell: z.boolean().optional(),
  user: text.describe('root, nonroot (any user but root/0), or an exact USER value').optional(),
  base: text
    .describe('The start of the final stage base reference, e.g. gcr.io/distroless/')
    .optional(),
});
const noImageCondition = z.strictObject({ noImage: text });
const containerCondition = z.strictObject({
  container: text.describe('A container name, id, or the image it runs'),
  state: z.enum(['running', 'exited', 'created']).optional(),
  exitCode: z.number().int().optional(),
  logsInclude: z.string().min(1).optional(),
});
const fileCondition = z.strictObject({
  file: text.describe('A path relative to the workspace, e.g. Dockerfile'),
  exists: z.boolean().optional(),
  contains: z.string().min(1).optional(),
});
const regex = z
  .string()
  .min(1)
  .refine((s) => compiles(s), {
    message:
      'not a valid JavaScript regular expression — fix: escape special characters like ( [ . with a backslash',
  });
const lastCommandCondition = z.strictObject({
  lastCommand: z
    .strictObject({
      matches: regex.optional(),
      exitCode: z.number().int().optional(),
      outputIncludes: z.string().min(1).optional(),
    })
    .refine((c) => Object.keys(c).length > 0, {
      message: 'empty lastCommand — fix: give matches, exitCode or outputIncludes',
    }),
});

const KINDS = {
  image: imageCondition,
  noImage: noImageCondition,
  container: containerCondition,
  file: fileCondition,
  lastCommand: lastCommandCondition,
} as const;
export type ConditionKind = keyof typeof KINDS;
export const conditionKinds = Object.keys(KINDS) as ConditionKind[];

export type ImageCondition = z.infer<typeof imageCondition>;
export type NoImageCondition = z.infer<typeof noImageCondition>;
export type ContainerCondition = z.infer<typeof containerCondition>;
export type FileCondition = z.infer<typeof fileCondition>;
export type LastCommandCondition = z.infer<typeof lastCommandCondition>;
export type Condition =
  ImageCondition | NoImageCondition | ContainerCondition | FileCondition | LastCommandCondition;

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/**
 * One condition. The kind is the key it has (image, noImage, container, file, lastCommand);
 * picking the kind first gives "unknown field `maxSize`" instead of zod's bare "Invalid input"
 * for a union.
 */
export const conditionSchema = z
  .record(z.string(), z.unknown())
  .superRefine((value, ctx) => {
    const kinds = conditionKinds.filter((k) => k in value);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          kinds.length === 0
            ? `no condition kind — fix: start the condition with one of ${conditionKinds.join(', ')}`
            : `mixes the kinds ${kinds.join(' and ')} — fix: use one kind per condition and list several conditions instead`,
      });
      return;
    }
    const result = KINDS[kinds[0]!].safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue } as never);
  })
  .transform((value) => value as unknown as Condition);

/** One condition or a list (all must hold). A lone condition is wrapped rather than unioned,
 * so its mistakes are reported field by field instead of as zod's "Invalid input". */
const conditions = z.preprocess(
  (c) => (Array.isArray(c) ? c : [c]),
  z.array(conditionSchema).min(1),
);

export const stepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'not kebab-case — fix: lower-case letters, digits and dashes, e.g. build-single',
  }),
  title: text,
  instructions: text.describe('Short Markdown telling the learner what to do'),
  goal: conditions.describe('One condition, or a list of conditions that must all hold'),
  hints: z
    .array(z.strictObject({ when: conditions, text }))
    .default([])
    .describe('A list of { when: condition, text: hint }'),
  // Lines are typed as they are, so a heredoc body may hold empty lines.
  solution: z
    .array(z.string())
    .min(1)
    .describe('The command lines "Show me" types, in order; CI replays them'),
});

export const profileNames = ['docker29', 'docker28'] as const;

export const scenarioSchema = z
  .strictObject({
    title: text,
    profile: z.enum(profileNames).default('docker29'),
    pull: z.array(text).default([]).describe('Images already pulled when the terminal opens'),
    steps: z.array(stepSchema).default([]),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.steps.forEach((step, i) => {
      if (seen.has(step.id))
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'id'],
          message: `duplicate step id \`${step.id}\` — fix: give every step its own id`,
        });
      seen.add(step.id);
    });
  });

export type ScenarioStep = z.infer<typeof stepSchema>;
export type ScenarioYaml = z.infer<typeof scenarioSchema>;

/** What a page embeds for the terminal island: the validated yaml plus the starting files. */
export interface ScenarioData extends ScenarioYaml {
  /** `NN-slug/id` or `reference/id`, as written in `<Terminal scenario="…">`. */
  readonly key: string;
  /** Workspace files, relative path → text. */
  readonly files: Readonly<Record<string, string>>;
}
