/**
 * SVG text does not wrap, so labels are broken into lines here. Image references break
 * after `/`, `:`, `-` or `@` (where a reader expects a break); a part longer than a line
 * is cut hard.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const parts = text.match(/[^/:@\s-]*[/:@\s-]?/g)?.filter((p) => p !== '') ?? [];
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line !== '' && (line + part).trimEnd().length > limit) {
      lines.push(line.trimEnd());
      line = '';
    }
    let rest = line === '' ? part.trimStart() : part;
    while (rest.trimEnd().length > limit) {
      lines.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    line += rest;
  }
  if (line.trimEnd() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/** Cuts `text` to `maxChars` with an ellipsis (one line, e.g. an arrow's label). */
export function truncate(text: string, maxChars: number): string {
  const limit = Math.max(1, Math.floor(maxChars));
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
