/**
 * Fenced code blocks of an MDX page, as plain data, so content tests can check every example
 * without running the Markdown pipeline. Follows CommonMark fences closely enough for our
 * content: ``` or ~~~ (three or more), up to three spaces of indent… plus deeper indents inside
 * list items, whose indent is stripped from the block's lines as Markdown does.
 */

export interface CodeBlock {
  /** The info string's first word, e.g. `dockerfile`, `sh` ('' when none). */
  readonly lang: string;
  /** Bare meta words, e.g. `mistake`, `fragment`. */
  readonly words: readonly string[];
  /** `key="value"` (or `key=value`) meta attributes, e.g. `{ title: 'Dockerfile' }`. */
  readonly attrs: Readonly<Record<string, string>>;
  /** The block's text, without the fences, ending without a trailing newline. */
  readonly text: string;
  /** 1-based line of the opening fence in the source. */
  readonly line: number;
  /** 1-based line of the closing fence (the last line when the block is never closed). */
  readonly endLine: number;
}

const OPEN = /^( *)(`{3,}|~{3,})(.*)$/;
const META = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|(\S+)/g;

/** Splits an info string's meta part into bare words and key="value" attributes. */
export function parseMeta(meta: string): { words: string[]; attrs: Record<string, string> } {
  const words: string[] = [];
  const attrs: Record<string, string> = {};
  for (const m of meta.matchAll(META)) {
    if (m[1] !== undefined) attrs[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
    else if (m[5] !== undefined) words.push(m[5]);
  }
  return { words, attrs };
}

export function extractCodeBlocks(mdx: string): CodeBlock[] {
  const lines = mdx.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    // A backtick fence's info string may not contain backticks (CommonMark).
    if (fence.startsWith('`') && info.includes('`')) continue;
    const close = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},} *$`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j]!)) {
      const l = lines[j]!;
      body.push(l.startsWith(indent) ? l.slice(indent.length) : l.trimStart());
      j++;
    }
    const trimmed = info.trim();
    const space = trimmed.search(/\s/);
    const lang = space === -1 ? trimmed : trimmed.slice(0, space);
    const { words, attrs } = parseMeta(space === -1 ? '' : trimmed.slice(space + 1));
    blocks.push({ lang, words, attrs, text: body.join('\n'), line: i + 1, endLine: Math.min(j + 1, lines.length) });
    i = j;
  }
  return blocks;
}

/** The source with fenced blocks blanked (line numbers kept), for prose-only scans. */
export function withoutCodeBlocks(mdx: string): string {
  const lines = mdx.split('\n');
  for (const b of extractCodeBlocks(mdx)) {
    for (let k = b.line - 1; k < b.endLine; k++) lines[k] = '';
  }
  return lines.join('\n');
}
