/**
 * The Dockerfile excerpt BuildKit prints with an error (§2.5, buildkit solver/errdefs
 * source.go): `<name>:<line>`, 20 dashes, ` %3d | >>> text` for lines in the range and
 * `    ` otherwise, 20 dashes. Context grows by rounds: 4 for a single line, 2 for a range.
 */
import type { SourceRange } from './types';

const DASHES = '-'.repeat(20);

export function formatExcerpt(name: string, text: string, range: SourceRange): string | undefined {
  const lines = text.split('\n');
  let start = range.start;
  let end = Math.min(range.end, lines.length);
  if (start < 1 || start > lines.length) return undefined;
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
  const out = [`${name}:${range.start}`, DASHES];
  for (let i = start; i <= end; i++) {
    const mark = i >= range.start && i <= range.end ? '>>>' : '   ';
    out.push(` ${String(i).padStart(3, ' ')} | ${mark} ${lines[i - 1]!}`);
  }
  out.push(DASHES);
  return out.join('\n') + '\n';
}
