/**
 * docker's table layout (tabwriter minwidth 10, padding 3, last column unpadded) for tables
 * whose rows all have the same columns. For such tables Go's tabwriter makes one column block,
 * so this gives the same text as format/tabwriter's general algorithm, in one linear pass
 * (the 1,000-row benchmarks need it).
 */
function width(s: string): number {
  // Go counts runes: a surrogate pair is one.
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) n--;
  }
  return n;
}

export function dockerTable(rows: readonly (readonly string[])[]): string {
  const cols = rows[0]?.length ?? 0;
  const widths = new Array<number>(cols).fill(10);
  const cellW = rows.map((r) => r.map(width));
  for (const r of cellW)
    for (let j = 0; j < cols - 1; j++) widths[j] = Math.max(widths[j]!, r[j]! + 3);
  let out = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let line = '';
    for (let j = 0; j < cols - 1; j++) line += r[j]! + ' '.repeat(widths[j]! - cellW[i]![j]!);
    out += `${line}${r[cols - 1] ?? ''}\n`;
  }
  return out;
}

/** Memoises a pure string function for the length of one command. */
export function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const cache = new Map<K, V>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = f(k);
      cache.set(k, v);
    }
    return v;
  };
}
