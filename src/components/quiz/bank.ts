import { getCollection } from 'astro:content';
import { resolveQuestion } from '../../lib/quiz/resolve';
import type { QuizQuestion } from '../../schemas/quiz';

/**
 * The question bank with version tokens replaced, in bank order (files by name, questions
 * as written). Build time only: pages embed what their islands need as JSON.
 */
let cached: Promise<QuizQuestion[]> | undefined;

export function getQuizBank(): Promise<QuizQuestion[]> {
  cached ??= getCollection('quizzes').then((entries) =>
    entries.map((e) => resolveQuestion(e.data as QuizQuestion)),
  );
  return cached;
}

/** JSON safe inside <script type="application/json">: `</script>` cannot close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
