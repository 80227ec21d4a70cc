/**
 * Reading a JavaScript file the way the simulator "runs" it. Heuristics, in source order:
 * - `require('x')` and `import … from 'x'` / `import 'x'` are module loads;
 * - `console.log|info|warn|error(…)` calls print when every argument is a string, template
 *   or number literal, or a constant defined in the file (`const PORT = process.env.PORT ||
 *   3000` reads the environment); anything else is left out and reported as not simulated;
 * - `.listen(port…)` (Express, http.createServer) or `setInterval(` keeps the process running.
 * Comments are blanked first so commented-out code does nothing.
 */
export interface ScanEvent {
  readonly kind: 'load' | 'print' | 'listen' | 'interval';
  readonly index: number;
  readonly line: number;
  /** 1-based column of `require`, as Node's stack frame shows it. */
  readonly col: number;
  readonly spec?: string;
  readonly esm?: boolean;
  /** Printed text, or undefined when an argument cannot be evaluated. */
  readonly text?: string;
  readonly stream?: 'stdout' | 'stderr';
  readonly port?: number;
}

export function stripComments(src: string): string {
  return src.replace(
    /\/\*[\s\S]*?\*\/|(^|[^:\\'"`])\/\/.*$/gm,
    (m, pre: string | undefined) =>
      (pre ?? '') + m.slice((pre ?? '').length).replace(/[^\n]/g, ' '),
  );
}

function position(src: string, index: number): { line: number; col: number } {
  const before = src.slice(0, index);
  const line = before.split('\n').length;
  return { line, col: index - before.lastIndexOf('\n') };
}

/** The text between the parentheses that open at `open`. */
function callArgs(src: string, open: number): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return src.slice(open + 1, i);
  }
  return undefined;
}

function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let cur = '';
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (quote) {
      cur += c;
      if (c === '\\') cur += args[++i] ?? '';
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function unquote(s: string): string {
  return s
    .slice(1, -1)
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\(['"`\\])/g, '$1');
}

/** Evaluates a literal, a known constant, or a template whose `${}` parts are known. */
export function evalExpr(expr: string, consts: ReadonlyMap<string, string>): string | undefined {
  const e = expr.trim();
  if (/^'(?:[^'\\]|\\.)*'$|^"(?:[^"\\]|\\.)*"$/.test(e)) return unquote(e);
  if (/^-?\d+(\.\d+)?$/.test(e)) return String(Number(e));
  if (/^[A-Za-z_$][\w$]*$/.test(e)) return consts.get(e);
  if (/^`[^`]*`$/.test(e)) {
    let ok = true;
    const text = unquote(e).replace(/\$\{([^}]*)\}/g, (_m, inner: string) => {
      const v = evalExpr(inner, consts);
      if (v === undefined) ok = false;
      return v ?? '';
    });
    return ok ? text : undefined;
  }
  const parts = e.split(/\s*\+\s*/);
  if (parts.length > 1) {
    const vals = parts.map((p) => evalExpr(p, consts));
    return vals.every((v) => v !== undefined) ? vals.join('') : undefined;
  }
  return undefined;
}

/** `const NAME = literal` and `const NAME = process.env.X || literal` (also ??, Number(), parseInt()). */
export function findConstants(
  src: string,
  env: Readonly<Record<string, string>>,
): Map<string, string> {
  const consts = new Map<string, string>();
  const re = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([^;\n]+)/g;
  for (const m of src.matchAll(re)) {
    const rhs = m[2]!.trim().replace(/^(?:Number|parseInt)\((.*)\)$/, '$1');
    const envm = /^process\.env\.([A-Za-z_]\w*)\s*(?:\|\||\?\?)\s*(.+)$/.exec(rhs);
    const value = envm
      ? env[envm[1]!] || evalExpr(envm[2]!.replace(/\)\s*$/, ''), consts)
      : evalExpr(rhs, consts);
    if (value !== undefined) consts.set(m[1]!, value);
  }
  return consts;
}

export function scanJs(source: string, env: Readonly<Record<string, string>>): ScanEvent[] {
  const src = stripComments(source);
  const consts = findConstants(src, env);
  const events: ScanEvent[] = [];
  const add = (index: number, e: Omit<ScanEvent, 'index' | 'line' | 'col'>) =>
    events.push({ index, ...position(src, index), ...e });
  for (const m of src.matchAll(/\brequire\s*\(\s*(['"])([^'"]+)\1\s*\)/g))
    add(m.index, { kind: 'load', spec: m[2]!, esm: false });
  for (const m of src.matchAll(
    /^\s*(?:import|export)\s+(?:[\w*${}\s,]+?\s+from\s+)?(['"])([^'"]+)\1/gm,
  )) {
    add(m.index + m[0].indexOf(m[0].trim()[0]!), { kind: 'load', spec: m[2]!, esm: true });
  }
  for (const m of src.matchAll(/\bconsole\.(log|info|warn|error)\s*\(/g)) {
    const args = callArgs(src, m.index + m[0].length - 1);
    const values =
      args === undefined ? [undefined] : splitArgs(args).map((a) => evalExpr(a, consts));
    const text = values.every((v) => v !== undefined) ? values.join(' ') : undefined;
    add(m.index, {
      kind: 'print',
      ...(text === undefined ? {} : { text }),
      stream: m[1] === 'log' || m[1] === 'info' ? 'stdout' : 'stderr',
    });
  }
  for (const m of src.matchAll(/\.listen\s*\(/g)) {
    const args = callArgs(src, m.index + m[0].length - 1) ?? '';
    const first = splitArgs(args)[0];
    const port = first === undefined ? undefined : Number(evalExpr(first, consts));
    add(m.index, {
      kind: 'listen',
      ...(port !== undefined && Number.isInteger(port) ? { port } : {}),
    });
  }
  for (const m of src.matchAll(/\bsetInterval\s*\(/g)) add(m.index, { kind: 'interval' });
  return events.sort((a, b) => a.index - b.index);
}
