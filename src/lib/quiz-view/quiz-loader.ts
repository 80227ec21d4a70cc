import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { duplicateIdErrors, validateQuizYaml, type QuizFileResult } from '../quiz/validate';

/**
 * Content-layer loader for the question bank: one entry per question (id = question id),
 * validated by the same function as the bank test, so a broken file fails `astro build`
 * with the file, the question id, the field and the fix, for every problem at once.
 */
export class QuizBankError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The question bank has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'QuizBankError';
  }
}

export async function readQuizBank(dir: string, root = process.cwd()) {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_')).sort();
  const files = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const fileName = relative(root, path);
      const result: QuizFileResult = validateQuizYaml(fileName, await readFile(path, 'utf8'));
      return { fileName, path, result };
    }),
  );
  const problems = files.flatMap((f) => (f.result.ok ? [] : f.result.errors));
  problems.push(
    ...duplicateIdErrors(
      files.map((f) => ({
        fileName: f.fileName,
        questions: f.result.ok ? f.result.questions : [],
      })),
    ),
  );
  if (problems.length) throw new QuizBankError(problems);
  return files.flatMap((f) =>
    f.result.ok ? f.result.questions.map((q) => ({ question: q, fileName: f.fileName })) : [],
  );
}

export function quizLoader({ base }: { base: string }): Loader {
  return {
    name: 'stagecraft-quiz-loader',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const root = new URL('.', config.root).pathname;
      const dir = join(root, base);
      const sync = async () => {
        const entries = await readQuizBank(dir, root);
        store.clear();
        for (const { question, fileName } of entries) {
          const data = await parseData({ id: question.id, data: question, filePath: fileName });
          store.set({ id: question.id, data, filePath: fileName });
        }
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('change', (path) => {
        if (path.startsWith(dir)) sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}
