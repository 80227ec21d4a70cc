/** Builds the on-page table of contents from the headings Astro extracts from a lesson. */
export interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

export interface TocItem {
  readonly slug: string;
  readonly text: string;
  readonly children: TocItem[];
}

/** `##` headings are entries; `###` nest under the `##` before them; deeper ones are left out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) toc.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3 && toc.length > 0) {
      toc[toc.length - 1]!.children.push({ slug: h.slug, text: h.text, children: [] });
    }
  }
  return toc;
}
