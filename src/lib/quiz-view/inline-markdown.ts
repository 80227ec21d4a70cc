/**
 * The small Markdown subset quiz texts use: `code`, **strong** and *emphasis*. Parsed into
 * tokens once, then rendered two ways: to escaped HTML at build time, and to DOM nodes in
 * the browser (text only, never innerHTML), so feedback that echoes a learner's typed
 * command can never inject markup.
 */
export type InlineToken =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string };

// Code first, so `*` and `_` inside backticks stay literal.
const PATTERN = /`([^`]+)`|\*\*([^*]+)\*\*|(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])/g;

export function inlineTokens(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    if (m.index > last) tokens.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) tokens.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'strong', text: m[2] });
    else tokens.push({ kind: 'em', text: m[3]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) });
  return tokens;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const TAGS = { code: 'code', strong: 'strong', em: 'em' } as const;

export function inlineHtml(text: string): string {
  return inlineTokens(text)
    .map((t) =>
      t.kind === 'text'
        ? escapeHtml(t.text)
        : `<${TAGS[t.kind]}>${escapeHtml(t.text)}</${TAGS[t.kind]}>`,
    )
    .join('');
}

/** Plain text without the Markdown marks, for aria-labels and document titles. */
export function inlinePlain(text: string): string {
  return inlineTokens(text)
    .map((t) => t.text)
    .join('');
}
