import { formatZodError } from '../../schemas/error-map';
import {
  PROGRESS_APP,
  PROGRESS_VERSION,
  progressV0Schema,
  progressV1Schema,
  type Progress,
} from '../../schemas/progress';

/**
 * One step per version bump. A migration takes data already valid for `from` and returns
 * data for `from + 1`; `migrateProgress` chains them and validates the result.
 * To change the format: bump PROGRESS_VERSION, add the new schema, append a step here,
 * and add a test that migrates a real save of the previous version.
 */
interface Migration {
  from: number;
  validate: (data: unknown) => boolean;
  migrate: (data: unknown) => unknown;
}

export const migrations: readonly Migration[] = [
  {
    // v0 (pre-release): `{ lessons: ['01-why-image-size-matters', …] }`. It had no dates,
    // steps, quiz results or cards, so those start empty.
    from: 0,
    validate: (d) => progressV0Schema.safeParse(d).success,
    migrate: (d) => {
      const { lessons } = progressV0Schema.parse(d);
      return {
        app: PROGRESS_APP,
        version: 1,
        lessons: Object.fromEntries(lessons.map((slug) => [slug, { completed: true, steps: [] }])),
        quiz: {},
        cards: {},
      };
    },
  },
];

export type MigrationResult =
  | { ok: true; progress: Progress; migratedFrom: number | null }
  | { ok: false; reason: 'foreign' | 'newer' | 'invalid'; message: string };

/** The version a value claims, 0 for the unversioned pre-release shape, null if foreign. */
export function detectVersion(data: unknown): number | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (d.app === PROGRESS_APP && Number.isInteger(d.version)) return d.version as number;
  if (!('app' in d) && !('version' in d) && progressV0Schema.safeParse(d).success) return 0;
  return null;
}

export function migrateProgress(data: unknown, where = 'progress'): MigrationResult {
  const version = detectVersion(data);
  if (version === null) {
    return {
      ok: false,
      reason: 'foreign',
      message: `${where}: this is not a Stagecraft progress file`,
    };
  }
  if (version > PROGRESS_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      message: `${where}: saved by a newer Stagecraft (format v${version}; this page reads up to v${PROGRESS_VERSION}) — fix: reload the page to get the latest version`,
    };
  }
  let current = data;
  for (let v = version; v < PROGRESS_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step || !step.validate(current)) {
      return {
        ok: false,
        reason: 'invalid',
        message: `${where}: format v${v} is damaged and cannot be upgraded`,
      };
    }
    current = step.migrate(current);
  }
  const parsed = progressV1Schema.safeParse(current);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      message: formatZodError(where, parsed.error, { input: current, schema: progressV1Schema }),
    };
  }
  return {
    ok: true,
    progress: parsed.data,
    migratedFrom: version === PROGRESS_VERSION ? null : version,
  };
}
