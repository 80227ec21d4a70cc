/**
 * Headings and links of a page, as plain data, so a test can prove every internal link lands
 * on a page and a heading that exist. Heading ids follow github-slugger, which Astro uses for
 * Markdown and MDX headings: lower-case, punctuation and symbols dropped, each space → `-`,
 * and a repeated slug gets `-1`, `-2`… in page order.
 */
import { withoutCodeBlocks } from './code-blocks';

/** One heading's slug, without duplicate numbering (github-slugger's `slug()` function). */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Numbers repeated slugs the way github-slugger's `Slugger` does. */
export class Slugger {
  private seen = new Map<string, number>();

  slug(text: string): string {
    const base = githubSlug(text);
    let result = base;
    while (this.seen.has(result)) {
      const n = this.seen.get(base)! + 1;
      this.seen.set(base, n);
      result = `${base}-${n}`;
    }
    this.seen.set(result, 0);
    return result;
  }
}

/**
 * A heading's visible text: inline Markdown (code, links, emphasis) reduced to its words.
 * Outside code, Astro's smartypants turns `---` and `--` into em and en dashes, which the
 * slug then drops: `### COPY --from fails` gets the id `copy-from-fails`.
 */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\s+#+\s*$/, '')
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? part.slice(1, -1)
        : part
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/(\*\*|__)(.+?)\1/g, '$2')
            .replace(/(\*|_)(.+?)\1/g, '$2')
            .replace(/<[^>]+>/g, '')
            .replace(/---/g, '\u2014')
            .replace(/--/g, '\u2013'),
    )
    .join('')
    .trim();
}

export interface Heading {
  readonly depth: number;
  readonly text: string;
  readonly id: string;
  readonly line: number;
}

/** ATX headings outside code blocks and frontmatter, with their ids. */
export function extractHeadings(mdx: string): Heading[] {
  const slugger = new Slugger();
  const headings: Heading[] = [];
  withoutJsxTemplates(withoutFrontmatter(withoutCodeBlocks(mdx)))
    .split('\n')
    .forEach((line, i) => {
      const m = /^(#{1,6})\s+(.+)$/.exec(line);
      if (!m) return;
      const text = headingText(m[2]!);
      headings.push({ depth: m[1]!.length, text, id: slugger.slug(text), line: i + 1 });
    });
  return headings;
}

/**
 * Blanks JSX template literals (`<StageDiagram dockerfile={`FROM …`} />`), keeping line
 * numbers, so a Dockerfile comment inside one is not read as a heading.
 */
export function withoutJsxTemplates(mdx: string): string {
  return mdx.replace(/\{`[\s\S]*?`\}/g, (m) => m.replace(/[^\n]/g, ''));
}

/** Blanks the frontmatter (keeping line numbers), so its YAML is not read as Markdown. */
export function withoutFrontmatter(mdx: string): string {
  const m = /^---\n[\s\S]*?\n---\n/.exec(mdx);
  return m ? m[0].replace(/[^\n]/g, '') + mdx.slice(m[0].length) : mdx;
}

export interface Link {
  readonly url: string;
  readonly line: number;
}

const LINK_PATTERNS = [
  /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, // [text](url "title")
  /\bhref=["']([^"']+)["']/g, // href="url"
  /\bhref=\{\s*[`'"]([^`'"$]+)[`'"]\s*\}/g, // href={'url'} without interpolation
];

/** Markdown and HTML links outside code blocks and inline code. */
export function extractLinks(source: string): Link[] {
  const links: Link[] = [];
  withoutCodeBlocks(source)
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/`[^`]*`/g, '');
      for (const pattern of LINK_PATTERNS)
        for (const m of line.matchAll(pattern)) links.push({ url: m[1]!, line: i + 1 });
    });
  return links;
}

/** `/lessons/x/#a` → `{ path: '/lessons/x/', anchor: 'a' }`; the query string is dropped. */
export function splitUrl(url: string): { path: string; anchor: string | undefined } {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const path = beforeHash.split('?')[0]!;
  return { path, anchor: hash === -1 ? undefined : decodeURIComponent(url.slice(hash + 1)) };
}
