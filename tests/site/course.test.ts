import { describe, expect, it } from 'vitest';
import { lessonNumber, neighbours, sortLessons } from '../../src/lib/site/course';
import { buildToc } from '../../src/lib/site/toc';

const lessons = [
  { id: '02-multi-stage-builds', title: 'Multi-stage builds' },
  { id: '01-why-image-size-matters', title: 'Why image size matters' },
  { id: '03-multi-stage-in-depth', title: 'In depth' },
];

describe('course order', () => {
  it('orders lessons by their folder number', () => {
    expect(sortLessons(lessons).map((l) => l.id)).toEqual([
      '01-why-image-size-matters',
      '02-multi-stage-builds',
      '03-multi-stage-in-depth',
    ]);
  });

  it('links previous and next, and leaves them out at the ends', () => {
    expect(neighbours(lessons, '02-multi-stage-builds')).toEqual({
      previous: { href: '/lessons/01-why-image-size-matters/', title: 'Why image size matters' },
      next: { href: '/lessons/03-multi-stage-in-depth/', title: 'In depth' },
    });
    expect(neighbours(lessons, '01-why-image-size-matters').previous).toBeUndefined();
    expect(neighbours(lessons, '03-multi-stage-in-depth').next).toBeUndefined();
  });

  it('names the folder and the fix when a lesson folder is misnamed', () => {
    expect(() => lessonNumber('multi-stage')).toThrow(
      'Lesson folder "multi-stage" must be named NN-slug (two digits, a dash, lower-case words), e.g. content/lessons/02-multi-stage-builds/index.mdx.',
    );
  });

  it('refuses two lessons with the same number', () => {
    expect(() => sortLessons([...lessons, { id: '02-other', title: 'Other' }])).toThrow(
      'Two lessons share number 02: rename one folder.',
    );
  });
});

describe('table of contents', () => {
  it('nests h3 under the h2 before it and drops deeper headings', () => {
    expect(
      buildToc([
        { depth: 2, slug: 'a', text: 'A' },
        { depth: 3, slug: 'a1', text: 'A1' },
        { depth: 4, slug: 'a1x', text: 'deep' },
        { depth: 2, slug: 'b', text: 'B' },
      ]),
    ).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});
