import { parse as parseYaml, YAMLParseError } from 'yaml';
import { formatZodError } from '../../schemas/error-map';
import {
  quizFileSchema,
  quizTopics,
  topicIdPrefix,
  type QuizQuestion,
  type QuizTopic,
} from '../../schemas/quiz';
import { parseDockerCommand } from './command-parse';
import { resolveQuestion } from './resolve';

/**
 * Loader-independent validation of `content/quizzes/<topic>.yaml`: the same zod schema the
 * content layer uses, plus the rules that need the file name or the whole bank. Every
 * message names the file, the question and the field, and says how to fix it.
 */
export type QuizFileResult =
  { ok: true; topic: QuizTopic; questions: QuizQuestion[] } | { ok: false; errors: string[] };

export function topicOfFile(fileName: string): QuizTopic | null {
  const base = fileName
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');
  return (quizTopics as readonly string[]).includes(base) ? (base as QuizTopic) : null;
}

export function validateQuizYaml(fileName: string, text: string): QuizFileResult {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? `:${e.linePos[0].line}` : '';
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, errors: [`${fileName}${where}: not valid YAML: ${msg}`] };
  }
  return validateQuizData(fileName, data);
}

export function validateQuizData(fileName: string, data: unknown): QuizFileResult {
  const parsed = quizFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: formatZodError(fileName, parsed.error, { input: data, schema: quizFileSchema }).split(
        '\n',
      ),
    };
  }
  const errors: string[] = [];
  const topic = topicOfFile(fileName);
  if (!topic) {
    errors.push(
      `${fileName}: unknown topic file — fix: name it after a topic: ${quizTopics.join(', ')}`,
    );
  }
  for (const q of parsed.data.questions) {
    const at = `${fileName} → question \`${q.id}\``;
    if (topic && !q.id.startsWith(`${topicIdPrefix[topic]}-`)) {
      errors.push(
        `${at} → field \`id\`: must start with \`${topicIdPrefix[topic]}-\` in ${topic}.yaml`,
      );
    }
    if (topic && !q.topics.includes(topic)) {
      errors.push(`${at} → field \`topics\`: must include \`${topic}\`, the file's topic`);
    }
    errors.push(...questionErrors(at, q));
  }
  return errors.length
    ? { ok: false, errors }
    : { ok: true, topic: topic!, questions: parsed.data.questions };
}

/** Rules beyond the schema: version tokens resolve, accepted commands parse. */
function questionErrors(at: string, q: QuizQuestion): string[] {
  let resolved: QuizQuestion;
  try {
    resolved = resolveQuestion(q);
  } catch (e) {
    return [`${at}: ${(e as Error).message}`];
  }
  if (resolved.type !== 'command') return [];
  return resolved.answers.flatMap((a, i) => {
    const p = parseDockerCommand(a);
    return p.ok
      ? []
      : [
          `${at} → field \`answers[${i}]\`: \`${a}\` does not parse (${p.error.split('\n')[0]}) — fix: ${p.hint}`,
        ];
  });
}

/** Cross-file rule: ids are unique across the bank. */
export function duplicateIdErrors(
  files: { fileName: string; questions: QuizQuestion[] }[],
): string[] {
  const seen = new Map<string, string>();
  const errors: string[] = [];
  for (const { fileName, questions } of files) {
    for (const q of questions) {
      const first = seen.get(q.id);
      if (first)
        errors.push(
          `${fileName} → question \`${q.id}\` → field \`id\`: also used in ${first} — fix: ids must be unique`,
        );
      else seen.set(q.id, fileName);
    }
  }
  return errors;
}
