/**
 * `$(( … ))` with integers: + - * / % ( ), unary minus, and variable names. Enough for the
 * counters RUN lines use; anything else is the shell's arithmetic error.
 */
export class ArithError extends Error {}

export function evalArith(src: string, getVar: (name: string) => string | undefined): number {
  const toks = src.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|[-+*/%()]|\S/g) ?? [];
  let i = 0;
  const fail = (): never => {
    throw new ArithError(`arithmetic expression: expecting primary: "${src.trim()}"`);
  };
  const primary = (): number => {
    const t = toks[i++];
    if (t === undefined) return fail();
    if (t === '(') {
      const v = expr();
      if (toks[i++] !== ')') fail();
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) {
      const v = getVar(t) ?? '';
      return /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : 0;
    }
    return fail();
  };
  const term = (): number => {
    let v = primary();
    while (toks[i] === '*' || toks[i] === '/' || toks[i] === '%') {
      const op = toks[i++];
      const r = primary();
      if (op !== '*' && r === 0) throw new ArithError('arithmetic expression: division by zero');
      v = op === '*' ? v * r : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const expr = (): number => {
    let v = term();
    while (toks[i] === '+' || toks[i] === '-') {
      const op = toks[i++];
      const r = term();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  if (toks.length === 0) return 0;
  const v = expr();
  if (i < toks.length) fail();
  return Number.isSafeInteger(v) ? v : 0;
}
