import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonSchema, referenceSchema } from '../../src/schemas/lesson';
import { lessonNumber } from '../../src/lib/site/course';
import { repoRoot } from '../helpers/preview-server';

function frontmatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter block`);
  return parseYaml(match[1]!);
}

const lessonsDir = join(repoRoot, 'content/lessons');
const lessons = readdirSync(lessonsDir).filter((d) => !d.startsWith('_'));
const referenceDir = join(repoRoot, 'content/reference');
const references = existsSync(referenceDir)
  ? readdirSync(referenceDir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  : [];

describe('lesson frontmatter', () => {
  it.each(lessons)('%s is valid and its folder gives its order', (dir) => {
    expect(() => lessonNumber(dir)).not.toThrow();
    const result = lessonSchema.safeParse(frontmatter(join(lessonsDir, dir, 'index.mdx')));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('explains a mistake with the field and the fix', () => {
    const result = lessonSchema.safeParse({
      title: 'Fine title',
      description: 'Too short.',
      objectives: ['Do one thing well'],
      estimatedMinutes: 'soon',
      sources: [],
      checked: 'yesterday',
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual([
      'description: description is shorter than 50 characters. Fix: one sentence of 50–160 characters for search results and the home page.',
      'objectives: objectives needs at least 2 entries. Fix: list what the learner can do after the lesson.',
      'estimatedMinutes: estimatedMinutes must be a number. Fix: write minutes as a whole number, e.g. 15.',
      'sources: sources is empty. Fix: link at least one official source.',
      'checked: checked must be a date such as 2026-11-26. Fix: write the day you last checked the facts against the sources.',
    ]);
  });
});

describe('reference frontmatter', () => {
  it.each(references)('%s is valid', (file) => {
    const result = referenceSchema.safeParse(frontmatter(join(referenceDir, file)));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });
});
