/**
 * Splits a typed line into simple commands joined by `&&`, `||` and `;`, each with its
 * `NAME=value` prefixes, words, `>`/`>>` redirection and a `<<` heredoc delimiter. Words come
 * from the shared bash-like splitter, so quoting and `$VAR` expansion match the docker args.
 */
import { tokenizeCommandLine, type ShellToken } from '../cli/args';
import { ShellSyntaxError } from '../cli/args';

export interface SimpleCommand {
  readonly assignments: Readonly<Record<string, string>>;
  readonly words: readonly string[];
  readonly redirect?: { readonly path: string; readonly append: boolean };
  readonly heredoc?: { readonly delimiter: string; readonly stripTabs: boolean };
  /** How this command joins the previous one. */
  readonly join: '&&' | '||' | ';';
}

export type ParsedLine =
  readonly SimpleCommand[] | ShellSyntaxError | { readonly unsupported: string };

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

export function parseLine(line: string, env: Readonly<Record<string, string>>): ParsedLine {
  const tokens = tokenizeCommandLine(line, env);
  if (tokens instanceof ShellSyntaxError) return tokens;
  const out: SimpleCommand[] = [];
  let cur: ShellToken[] = [];
  let join: SimpleCommand['join'] = ';';
  const flush = (next: SimpleCommand['join']): ParsedLine | undefined => {
    if (cur.length > 0) {
      const cmd = simple(cur, join);
      if ('unsupported' in cmd) return cmd;
      out.push(cmd);
    }
    cur = [];
    join = next;
    return undefined;
  };
  for (const t of tokens) {
    if (t.operator && (t.text === '&&' || t.text === '||' || t.text === ';' || t.text === '\n')) {
      const bad = flush(t.text === '\n' ? ';' : (t.text as SimpleCommand['join']));
      if (bad) return bad;
    } else cur.push(t);
  }
  const bad = flush(';');
  return bad ?? out;
}

function simple(
  tokens: readonly ShellToken[],
  join: SimpleCommand['join'],
): SimpleCommand | { unsupported: string } {
  const assignments: Record<string, string> = {};
  const words: string[] = [];
  let redirect: SimpleCommand['redirect'];
  let heredoc: SimpleCommand['heredoc'];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.operator) {
      const next = tokens[i + 1];
      if ((t.text === '>' || t.text === '>>') && next && !next.operator) {
        redirect = { path: next.text, append: t.text === '>>' };
        i++;
      } else if (t.text === '<<' && next && !next.operator) {
        const stripTabs = next.text.startsWith('-');
        heredoc = { delimiter: stripTabs ? next.text.slice(1) : next.text, stripTabs };
        i++;
      } else return { unsupported: t.text };
      continue;
    }
    const m = words.length === 0 ? ASSIGN.exec(t.text) : null;
    if (m) assignments[m[1]!] = m[2]!;
    else words.push(t.text);
  }
  return {
    assignments,
    words,
    join,
    ...(redirect ? { redirect } : {}),
    ...(heredoc ? { heredoc } : {}),
  };
}
