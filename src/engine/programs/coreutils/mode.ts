/** chmod mode parsing: octal (`755`) and symbolic (`u+x`, `go-w`, `a=rX`, `+x`). */
export function applyMode(spec: string, mode: number, isDir: boolean): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let m = mode;
  for (const clause of spec.split(',')) {
    const match = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!match) return undefined;
    const who = match[1] || 'a';
    const perms = match[3]!;
    let bits = 0;
    for (const p of perms) {
      if (p === 'r') bits |= 0o444;
      if (p === 'w') bits |= 0o222;
      if (p === 'x' || (p === 'X' && (isDir || (mode & 0o111) !== 0))) bits |= 0o111;
      if (p === 's') bits |= 0o6000;
      if (p === 't') bits |= 0o1000;
    }
    let mask = 0;
    if (who.includes('u') || who.includes('a')) mask |= 0o4700;
    if (who.includes('g') || who.includes('a')) mask |= 0o2070;
    if (who.includes('o') || who.includes('a')) mask |= 0o1007;
    // Without u/g/o the umask (022) keeps + from adding group/other write.
    if (!match[1]) mask &= ~0o022;
    const change = bits & mask;
    if (match[2] === '+') m |= change;
    else if (match[2] === '-') m &= ~change;
    else m = (m & ~mask) | change;
  }
  return m;
}
