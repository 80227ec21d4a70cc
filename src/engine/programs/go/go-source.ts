/**
 * Reading Go sources the way `go build` needs: the package clause, imports (single and
 * grouped), and for the simulated binary the literal lines it prints and whether it serves
 * HTTP. A syntax check is limited to unbalanced braces.
 */
export interface GoFile {
  readonly name: string;
  readonly pkg: string | undefined;
  readonly imports: readonly string[];
  readonly text: string;
}

function strip(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/\/\/.*$/gm, '');
}

export function parseGoFile(name: string, text: string): GoFile {
  const src = strip(text);
  const pkg = /^\s*package\s+(\w+)/m.exec(src)?.[1];
  const imports: string[] = [];
  for (const m of src.matchAll(/^\s*import\s+(?:[\w.]+\s+)?"([^"]+)"/gm)) imports.push(m[1]!);
  for (const m of src.matchAll(/^\s*import\s*\(([\s\S]*?)\)/gm)) {
    for (const q of m[1]!.matchAll(/"([^"]+)"/g)) imports.push(q[1]!);
  }
  return { name, pkg, imports, text: src };
}

/** Line and column of the first unbalanced `}` or the end of file when `{` stays open. */
export function braceError(file: GoFile): string | undefined {
  let depth = 0;
  const lines = file.text
    .replace(/"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\]|\\.)'/g, (m) => m.replace(/[{}]/g, ' '))
    .split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (let j = 0; j < lines[i]!.length; j++) {
      const c = lines[i]![j];
      if (c === '{') depth++;
      if (c === '}' && --depth < 0)
        return `./${file.name}:${i + 1}:${j + 1}: syntax error: non-declaration statement outside function body`;
    }
  }
  // uncertain: gc reports the position just past the last line.
  if (depth > 0)
    return `./${file.name}:${lines.length}:${(lines[lines.length - 1]?.length ?? 0) + 1}: syntax error: unexpected EOF, expected }`;
  return undefined;
}

function unquote(s: string): string {
  return s.startsWith('`')
    ? s.slice(1, -1)
    : s
        .slice(1, -1)
        .replace(/\\n/g, '\n')
        .replace(/\\t/g, '\t')
        .replace(/\\(["\\])/g, '$1');
}

/** Printed lines: fmt.Print/Println/Printf and log.Print/Println/Printf/Fatal with literal text. */
export function goOutput(files: readonly GoFile[]): {
  output: { text: string; log?: boolean }[];
  unresolved: number;
} {
  const output: { text: string; log?: boolean }[] = [];
  let unresolved = 0;
  for (const f of files) {
    for (const m of f.text.matchAll(
      /\b(fmt|log)\.(Println|Printf|Print)\s*\(\s*("(?:[^"\\]|\\.)*"|`[^`]*`)\s*(,|\))/g,
    )) {
      let text = unquote(m[3]!);
      if (m[2] === 'Printf' && (m[4] === ',' || /%[^%]/.test(text))) {
        unresolved++;
        continue;
      }
      text = text.replace(/%%/g, '%').replace(/\n$/, '');
      for (const line of text.split('\n'))
        output.push(m[1] === 'log' ? { text: line, log: true } : { text: line });
    }
    const computed = /\b(fmt|log)\.(Println|Printf|Print)\s*\(\s*[^"`\s)]/g;
    unresolved += [...f.text.matchAll(computed)].length;
  }
  return { output, unresolved };
}

/**
 * The address of an `http.Server{Addr: …}` whose `srv.ListenAndServe()` takes no argument:
 * a string literal, or a variable set from a `flag.String("…", default, …)` (its default).
 * An empty Addr is ":http", port 80, as net/http documents.
 */
function serverStructAddr(text: string): string {
  const field = /\bAddr\s*:\s*(?:"([^"]*)"|\*?(\w+))/.exec(text);
  if (!field) return ':80';
  if (field[1] !== undefined) return field[1] || ':80';
  const flagDefault = new RegExp(
    `\\b${field[2]}\\s*:?=\\s*flag\\.String\\(\\s*"[^"]*"\\s*,\\s*"([^"]*)"`,
  ).exec(text);
  return flagDefault?.[1] || ':80';
}

/**
 * `http.ListenAndServe(":8080", …)`, `srv.ListenAndServe()` on an `http.Server`, gin
 * `r.Run(":8080")` / `r.Run()`.
 */
export function goServer(files: readonly GoFile[]): { addr: string; port?: number } | undefined {
  for (const f of files) {
    const m = /\bListenAndServe(?:TLS)?\s*\(\s*(?:"([^"]*)"|([\w.]+))/.exec(f.text);
    const method = m
      ? null
      : /\.ListenAndServe(?:TLS)?\s*\(\s*(?:"[^"]*"\s*,\s*"[^"]*"\s*)?\)/.exec(f.text);
    // gin's engine.Run(addr) defaults to :8080; only counted when the file imports gin.
    const usesGin = f.imports.some((i) => i.startsWith('github.com/gin-gonic/gin'));
    const gin = usesGin ? /\.Run\s*\(\s*(?:"([^"]*)")?\s*\)/.exec(f.text) : null;
    const addr = m
      ? (m[1] ?? m[2]!)
      : method
        ? serverStructAddr(f.text)
        : gin
          ? (gin[1] ?? ':8080')
          : undefined;
    if (addr === undefined) continue;
    const port = /:(\d+)$/.exec(addr)?.[1];
    return { addr, ...(port ? { port: Number(port) } : {}) };
  }
  return undefined;
}
