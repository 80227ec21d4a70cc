import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { closest, describePath, formatZodError } from '../../src/schemas/error-map';
import { quizFileSchema } from '../../src/schemas/quiz';

const item = z.strictObject({
  id: z.string(),
  kind: z.enum(['alpha', 'beta']).describe('Which kind of thing this is'),
  size: z.number().describe('Size in bytes'),
});
const file = z.strictObject({ entries: z.array(item) });

function format(input: unknown, schema: z.ZodType = file) {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a failure');
  return formatZodError('data/x.yaml', r.error, { input, schema });
}

describe('formatZodError', () => {
  it('names array items by id and suggests the near enum value', () => {
    expect(format({ entries: [{ id: 'one', kind: 'alpah', size: 1 }] })).toBe(
      'data/x.yaml → entry `one` → field `kind`: expected one of alpha, beta — fix: did you mean `alpha`?',
    );
  });

  it('uses the field description as the fix for a missing field', () => {
    expect(format({ entries: [{ id: 'one', kind: 'beta' }] })).toBe(
      'data/x.yaml → entry `one` → field `size`: missing (expected number) — fix: Size in bytes',
    );
  });

  it('says what was received for a wrong type', () => {
    expect(format({ entries: [{ id: 'one', kind: 'beta', size: 'big' }] })).toBe(
      'data/x.yaml → entry `one` → field `size`: expected number, received string — fix: Size in bytes',
    );
  });

  it('falls back to the position when an item has no id', () => {
    expect(describePath(['entries', 2, 'size'], { entries: [{}, {}, {}] })).toEqual([
      'field `entries[2].size`',
    ]);
  });

  it('reports unknown fields with a fix', () => {
    expect(format({ entries: [{ id: 'one', kind: 'beta', size: 1, colour: 'red' }] })).toBe(
      'data/x.yaml → entry `one`: unknown field `colour` — fix: remove it or check its spelling',
    );
  });

  it('explains a wrong question type in a quiz file', () => {
    const input = { questions: [{ id: 'ms-1', type: 'essay' }] };
    expect(format(input, quizFileSchema)).toBe(
      'data/x.yaml → question `ms-1` → field `type`: expected one of single, multiple, order, command, spot-the-bug, recall',
    );
  });
});

describe('closest', () => {
  it('finds near misses and ignores far ones', () => {
    expect(closest('tags', ['tag', 'target', 'file'])).toBe('tag');
    expect(closest('zzzzzz', ['tag', 'target'])).toBeNull();
  });
});
