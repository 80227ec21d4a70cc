/**
 * Pagefind returns excerpts as HTML with <mark> around matches. We show them as text nodes and
 * <mark> elements built by hand, so nothing in an excerpt (or a query echoed back) is ever
 * parsed as HTML. Entities Pagefind escapes are decoded back to characters.
 */
export interface ExcerptSegment {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') {
      // Any other tag is dropped: excerpts are plain text apart from the marks.
      const text = decode(part.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, marked });
    }
  }
  return segments;
}
