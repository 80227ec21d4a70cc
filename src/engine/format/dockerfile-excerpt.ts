/**
 * The Dockerfile excerpt BuildKit prints under build errors and check warnings
 * (solver/errdefs/source.go, ground truth §2.5): `<file>:<start>`, 20 dashes, numbered lines
 * with `>>>` on the range, 20 dashes. Context grows by rounds: up to 2 lines around a single
 * line, 1 around a range. One implementation for the builder and the checks.
 */
const RULE = '-'.repeat(20);

export function formatExcerpt(
  source: string,
  range: { readonly line: number; readonly endLine?: number },
  fileName = 'Dockerfile',
): string[] {
  const lines = source.split('\n');
  let start = range.line;
  let end = Math.min(range.endLine ?? range.line, lines.length);
  if (start < 1 || start > lines.length) return [];
  const first = start;
  const last = range.endLine ?? range.line;
  // Every round counts, and so does every successful extension (BuildKit's loop).
  const pad = end === start ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
  }
  const out = [`${fileName}:${first}`, RULE];
  for (let i = start; i <= end; i++) {
    const mark = i >= first && i <= last ? '>>>' : '   ';
    out.push(` ${String(i).padStart(3)} | ${mark} ${lines[i - 1]}`);
  }
  out.push(RULE);
  return out;
}
