/**
 * Course order and navigation, derived from lesson ids (`NN-slug`): the folder number is the
 * order, so there is no separate list to keep in step with the files.
 */
export interface CourseEntry {
  readonly id: string;
  readonly title: string;
}

export interface NavLink {
  readonly href: string;
  readonly title: string;
}

const ORDER_PREFIX = /^(\d{2})-[a-z0-9-]+$/;

export function lessonNumber(id: string): number {
  const match = ORDER_PREFIX.exec(id);
  if (!match) {
    throw new Error(
      `Lesson folder "${id}" must be named NN-slug (two digits, a dash, lower-case words), ` +
        `e.g. content/lessons/02-multi-stage-builds/index.mdx.`,
    );
  }
  return Number(match[1]);
}

export function lessonHref(id: string): string {
  return `/lessons/${id}/`;
}

export function sortLessons<T extends CourseEntry>(lessons: readonly T[]): T[] {
  const sorted = [...lessons].sort((a, b) => lessonNumber(a.id) - lessonNumber(b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (lessonNumber(sorted[i]!.id) === lessonNumber(sorted[i - 1]!.id)) {
      throw new Error(`Two lessons share number ${sorted[i]!.id.slice(0, 2)}: rename one folder.`);
    }
  }
  return sorted;
}

export function neighbours(
  lessons: readonly CourseEntry[],
  id: string,
): { previous?: NavLink; next?: NavLink } {
  const sorted = sortLessons(lessons);
  const index = sorted.findIndex((l) => l.id === id);
  if (index === -1) return {};
  const link = (l: CourseEntry | undefined) =>
    l ? { href: lessonHref(l.id), title: l.title } : undefined;
  const previous = link(sorted[index - 1]);
  const next = link(sorted[index + 1]);
  return { ...(previous && { previous }), ...(next && { next }) };
}
