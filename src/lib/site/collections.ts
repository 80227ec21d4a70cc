import { getCollection, type CollectionEntry } from 'astro:content';
import { referenceGroups } from '../../schemas/lesson';
import { sortLessons } from './course';

/** Lessons in course order, as every page that lists them needs them. */
export async function getLessons(): Promise<CollectionEntry<'lessons'>[]> {
  const entries = await getCollection('lessons');
  return sortLessons(entries.map((e) => ({ ...e, title: e.data.title }))).map(
    ({ title: _title, ...entry }) => entry as CollectionEntry<'lessons'>,
  );
}

export interface ReferenceGroup {
  readonly name: (typeof referenceGroups)[number];
  readonly pages: CollectionEntry<'reference'>[];
}

/** Reference pages grouped by task, in the order of `referenceGroups`, alphabetical within. */
export async function getReferenceGroups(): Promise<ReferenceGroup[]> {
  const pages = await getCollection('reference');
  return referenceGroups
    .map((name) => ({
      name,
      pages: pages
        .filter((p) => p.data.group === name)
        .sort((a, b) => a.data.title.localeCompare(b.data.title)),
    }))
    .filter((g) => g.pages.length > 0);
}
