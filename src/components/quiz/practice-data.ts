import { getLessons } from '../../lib/site/collections';
import { lessonOf } from '../../lib/quiz-view/select';
import type { PathLesson } from '../../lib/quiz-view/path-summary';
import { getQuizBank } from './bank';

/** What the practice, progress and path islands need, embedded once as JSON per page. */
export interface PracticeData {
  questions: Awaited<ReturnType<typeof getQuizBank>>;
  lessons: PathLesson[];
}

export async function practiceData(withQuestions: boolean): Promise<PracticeData> {
  const bank = await getQuizBank();
  const lessons = (await getLessons()).map((l) => ({
    slug: l.id,
    title: l.data.title,
    minutes: l.data.estimatedMinutes,
    questionIds: bank.filter((q) => lessonOf(q) === l.id).map((q) => q.id),
  }));
  return { questions: withQuestions ? bank : [], lessons };
}
