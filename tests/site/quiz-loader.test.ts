import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuizBankError, readQuizBank } from '../../src/lib/quiz-view/quiz-loader';

describe('quiz content loader', () => {
  it('loads every question of the bank, one entry per question', async () => {
    const entries = await readQuizBank('content/quizzes');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(entries.map((e) => e.question.id)).size).toBe(entries.length);
    expect(entries[0]!.fileName).toMatch(/^content\/quizzes\/[a-z-]+\.yaml$/);
  });

  it('fails with the file, the question id, the field and the fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiz-'));
    copyFileSync('tests/fixtures/quizzes/broken.yaml', join(dir, 'multi-stage.yaml'));
    const error = await readQuizBank(dir, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuizBankError);
    const problems = (error as QuizBankError).problems;
    expect(problems[0]).toBe(
      'multi-stage.yaml → question `ms-broken-answer` → field `answer`: expected one of a, b — fix: set `answer` to the key of the correct option',
    );
    expect((error as Error).message).toMatch(
      /^The question bank has \d+ problems:\n {2}- multi-stage\.yaml → question `ms-broken-answer`/,
    );
  });

  it('reports ids used twice across files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiz-'));
    const q = `questions:
  - id: ms-twice
    type: single
    prompt: Which stage becomes the image by default?
    options: { a: The first stage, b: The last stage }
    answer: b
    explanation: By default the last stage becomes the image.
    lesson: /lessons/02-multi-stage-builds/#what-ends-up-in-the-final-image
    topics: [multi-stage, cache]
    difficulty: 1
    source: gt5:2
`;
    // Both names map to the multi-stage topic, so each file alone is valid.
    writeFileSync(join(dir, 'multi-stage.yaml'), q);
    writeFileSync(join(dir, 'multi-stage.yml'), q);
    const error = (await readQuizBank(dir, dir).catch((e: unknown) => e)) as QuizBankError;
    expect(error.problems).toEqual([
      'multi-stage.yml → question `ms-twice` → field `id`: also used in multi-stage.yaml — fix: ids must be unique',
    ]);
  });
});
