/**
 * Every internal link in the lessons, reference pages, quizzes and src/pages lands on a page
 * the site builds and, with a #anchor, on a heading id that page has (issue 9). Heading ids
 * are computed the way Astro does (github-slugger, src/lib/content/links.ts) and, when a
 * fresh build is in dist/, checked against the ids in the built HTML too. External links are
 * not fetched (no network) but must use https.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHeadings, extractLinks, splitUrl, type Link } from '../../src/lib/content/links';

const lessonSlugs = readdirSync('content/lessons').filter((d) => !d.startsWith('_'));
const referenceIds = readdirSync('content/reference')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.replace(/\.mdx$/, ''));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Route → the file whose headings or ids give its anchors. */
const pages = new Map<string, string>();
for (const slug of lessonSlugs) pages.set(`/lessons/${slug}/`, `content/lessons/${slug}/index.mdx`);
for (const id of referenceIds) pages.set(`/reference/${id}/`, `content/reference/${id}.mdx`);
for (const file of walk('src/pages').filter((f) => f.endsWith('.astro'))) {
  const route = relative('src/pages', file).replace(/\.astro$/, '');
  if (route.includes('[') || route === '404') continue; // dynamic routes are listed above
  pages.set(route === 'index' ? '/' : `/${route.replace(/(^|\/)index$/, '')}/`, file);
}
const publicFiles = new Set(walk('public').map((f) => `/${relative('public', f)}`));

/** A page's anchor ids: MDX headings, or `id="…"` in an .astro page. */
function sourceIds(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.mdx')) return new Set(extractHeadings(text).map((h) => h.id));
  return new Set([...text.matchAll(/\bid="([^"{}]+)"/g)].map((m) => m[1]!));
}

/** Ids in dist/<route>/index.html when that build is newer than the page's source. */
function builtIds(route: string, source: string): Set<string> | undefined {
  const html = join('dist', route, 'index.html');
  if (!existsSync(html) || statSync(html).mtimeMs < statSync(source).mtimeMs) return undefined;
  return new Set([...readFileSync(html, 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!));
}

interface Found extends Link {
  readonly file: string;
  /** The route of the page the link is on, for bare `#anchor` links. */
  readonly onPage?: string;
}

function linksIn(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const onPage = [...pages].find(([, f]) => f === file)?.[0];
  const found: Found[] = extractLinks(text).map((l) => ({ ...l, file, onPage }));
  if (file.endsWith('.yaml')) {
    // A quiz question's `lesson:` field links to the section that teaches it.
    text.split('\n').forEach((line, i) => {
      const m = /^\s*lesson:\s*['"]?([^'"\s]+)/.exec(line);
      if (m) found.push({ url: m[1]!, line: i + 1, file });
    });
  }
  return found;
}

const files = [
  ...lessonSlugs.map((s) => `content/lessons/${s}/index.mdx`),
  ...referenceIds.map((id) => `content/reference/${id}.mdx`),
  ...walk('content/quizzes').filter((f) => f.endsWith('.yaml')),
  ...walk('src/pages').filter((f) => f.endsWith('.astro')),
];
const links = files.flatMap(linksIn);
const internal = links.filter((l) => l.url.startsWith('/') || l.url.startsWith('#'));
const external = links.filter((l) => /^[a-z][a-z+.-]*:/i.test(l.url));
const where = (l: Found) => `${l.file}:${l.line}`;

/** Why an internal link does not resolve, or '' when it does. */
function problem(l: Found): string {
  const { path, anchor } = splitUrl(l.url);
  const route = path === '' ? l.onPage : path;
  if (route === undefined) return `bare anchor ${l.url} on a page without a known route`;
  if (publicFiles.has(route)) return anchor ? `anchor on a static file: ${l.url}` : '';
  if (!route.endsWith('/')) return `${route} needs a trailing slash (the site builds /x/index.html)`;
  const source = pages.get(route);
  if (!source) return `no page builds ${route}`;
  if (anchor === undefined || anchor === '') return '';
  if (!sourceIds(source).has(anchor)) return `${source} has no heading with id "${anchor}"`;
  const built = builtIds(route, source);
  if (built && !built.has(anchor)) return `dist${route}index.html has no id "${anchor}"`;
  return '';
}

describe('links', () => {
  it('finds the links of the course (guards against a broken extractor)', () => {
    expect(internal.length).toBeGreaterThanOrEqual(50);
  });

  it.each(internal.map((l) => [where(l), l.url, l] as const))(
    '%s: %s resolves',
    (_, _url, l) => {
      expect(problem(l)).toBe('');
    },
  );

  it('uses https for every external link', () => {
    expect(external.filter((l) => !l.url.startsWith('https://')).map(where)).toEqual([]);
  });

  it('has no relative links (they break when a page moves)', () => {
    const relativeLinks = links.filter(
      (l) => !l.url.startsWith('/') && !l.url.startsWith('#') && !/^[a-z][a-z+.-]*:/i.test(l.url),
    );
    expect(relativeLinks.map((l) => `${where(l)} ${l.url}`)).toEqual([]);
  });

  it('computes the same heading ids as the built site, when a fresh build exists', () => {
    const mismatches: string[] = [];
    for (const [route, source] of pages) {
      if (!source.endsWith('.mdx')) continue;
      const built = builtIds(route, source);
      if (!built) continue;
      for (const id of sourceIds(source)) if (!built.has(id)) mismatches.push(`${route}#${id}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('frontmatter sources', () => {
  it.each(files.filter((f) => f.endsWith('.mdx')))('%s: every source is https', (file) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    const urls = [...front.matchAll(/\b[a-z]+:\/\/\S+/gi)].map((m) => m[0]);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });
});
