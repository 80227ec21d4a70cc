/**
 * Recursive-descent parser for the POSIX shell subset Stagecraft runs: lists with ; & and
 * newlines, && and ||, pipelines with !, simple commands with assignments and redirections,
 * ( … ) and { …; } groups, if/elif/else/fi and for/in/do/done. `while`, `until`, `case` and
 * functions are not parsed: they are reported as unexpected words so nothing runs silently.
 */
import type { AndOr, Assignment, Command, List, Pipeline, Redirect, Word } from './ast';
import { Lexer, type Token } from './lexer';
import { ShellSyntaxError } from './syntax-error';

const REDIR_OPS = new Set(['<', '>', '>>', '>|', '<>', '>&', '<&', '<<', '<<-']);
const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const UNSUPPORTED = new Set(['while', 'until', 'case', 'esac']);

export class UnsupportedSyntaxError extends ShellSyntaxError {}

function reserved(tok: Token): string | undefined {
  if (tok.t !== 'word' || tok.io !== undefined) return undefined;
  const p = tok.w.parts;
  if (p.length === 1 && p[0]!.k === 'lit' && !p[0]!.q) return p[0]!.s;
  return undefined;
}

function tokenText(tok: Token): string {
  if (tok.t === 'op') return tok.v;
  if (tok.t === 'word') return tok.w.raw;
  if (tok.t === 'nl') return 'newline';
  return 'end of file';
}

export class Parser {
  private readonly lx: Lexer;
  private tok: Token;

  constructor(src: string) {
    this.lx = new Lexer(src);
    this.tok = this.lx.next();
  }

  private advance(): Token {
    const t = this.tok;
    this.tok = this.lx.next();
    return t;
  }

  private fail(expecting?: string): never {
    const t = this.tok;
    if (t.t === 'eof') throw new ShellSyntaxError({ kind: 'eof', expecting }, t.line);
    throw new ShellSyntaxError(
      { kind: 'unexpected', token: tokenText(t), ...(expecting ? { expecting } : {}) },
      t.line,
    );
  }

  /** Consumes the current token, which the caller checked is a word. */
  private takeWord(): Word {
    const t = this.advance();
    return (t as Extract<Token, { t: 'word' }>).w;
  }

  private isOp(v: string): boolean {
    return this.tok.t === 'op' && this.tok.v === v;
  }

  private skipNewlines(): void {
    while (this.tok.t === 'nl') this.advance();
  }

  private expectWord(word: string): void {
    this.skipNewlines();
    if (reserved(this.tok) !== word) this.fail(word);
    this.advance();
  }

  /** The whole script. */
  parseProgram(): List {
    const list = this.parseList(new Set());
    if (this.tok.t !== 'eof') this.fail();
    return list;
  }

  /** A list, stopping before any reserved word in `stops` or a `)`. */
  private parseList(stops: ReadonlySet<string>): AndOr[] {
    const items: AndOr[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.tok.t === 'eof' || this.isOp(')')) break;
      const r = reserved(this.tok);
      if (r !== undefined && stops.has(r)) break;
      const item = this.parseAndOr();
      if (this.isOp('&')) {
        this.advance();
        items.push({ ...item, background: true });
        continue;
      }
      items.push(item);
      if (this.isOp(';')) this.advance();
      else if (this.tok.t === 'nl') this.advance();
      else break;
    }
    return items;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: { op: '&&' | '||'; pipeline: Pipeline }[] = [];
    while (this.tok.t === 'op' && (this.tok.v === '&&' || this.tok.v === '||')) {
      const op = this.advance() as { v: '&&' | '||' };
      this.skipNewlines();
      rest.push({ op: op.v, pipeline: this.parsePipeline() });
    }
    return { first, rest, background: false };
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    if (reserved(this.tok) === '!') {
      this.advance();
      negate = true;
    }
    const commands = [this.parseCommand()];
    while (this.isOp('|')) {
      this.advance();
      this.skipNewlines();
      commands.push(this.parseCommand());
    }
    return { negate, commands };
  }

  private parseCommand(): Command {
    const line = this.tok.line;
    const r = reserved(this.tok);
    if (this.isOp('(')) {
      this.advance();
      const body = this.parseList(new Set());
      if (!this.isOp(')')) this.fail(')');
      this.advance();
      return { type: 'subshell', body, redirs: this.parseRedirs(), line };
    }
    if (r === '{') {
      this.advance();
      const body = this.parseList(new Set(['}']));
      this.expectWord('}');
      return { type: 'group', body, redirs: this.parseRedirs(), line };
    }
    if (r === 'if') return this.parseIf(line);
    if (r === 'for') return this.parseFor(line);
    if (r !== undefined && UNSUPPORTED.has(r)) {
      throw new UnsupportedSyntaxError({ kind: 'unexpected', token: r }, line);
    }
    if (r !== undefined && ['then', 'else', 'elif', 'fi', 'do', 'done', '}', 'in'].includes(r)) {
      this.fail();
    }
    return this.parseSimple(line);
  }

  private parseIf(line: number): Command {
    this.advance();
    const clauses: { cond: List; body: List }[] = [];
    let elseBody: List | undefined;
    for (;;) {
      const cond = this.parseList(new Set(['then']));
      this.expectWord('then');
      const body = this.parseList(new Set(['elif', 'else', 'fi']));
      clauses.push({ cond, body });
      const r = reserved(this.tok);
      if (r === 'elif') {
        this.advance();
        continue;
      }
      if (r === 'else') {
        this.advance();
        elseBody = this.parseList(new Set(['fi']));
      }
      this.expectWord('fi');
      break;
    }
    return {
      type: 'if',
      clauses,
      ...(elseBody ? { elseBody } : {}),
      redirs: this.parseRedirs(),
      line,
    };
  }

  private parseFor(line: number): Command {
    this.advance();
    const nameTok = this.tok;
    if (nameTok.t !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(nameTok.w.raw)) this.fail();
    this.advance();
    let items: Word[] | undefined;
    this.skipNewlines();
    if (reserved(this.tok) === 'in') {
      this.advance();
      items = [];
      while (this.tok.t === 'word') items.push(this.takeWord());
      if (this.isOp(';')) this.advance();
    } else if (this.isOp(';')) this.advance();
    this.expectWord('do');
    const body = this.parseList(new Set(['done']));
    this.expectWord('done');
    return {
      type: 'for',
      name: nameTok.w.raw,
      ...(items ? { items } : {}),
      body,
      redirs: this.parseRedirs(),
      line,
    };
  }

  private parseRedirs(): Redirect[] {
    const out: Redirect[] = [];
    for (;;) {
      const r = this.tryRedirect();
      if (!r) return out;
      out.push(r);
    }
  }

  private tryRedirect(): Redirect | undefined {
    let fd: number | undefined;
    if (this.tok.t === 'word' && this.tok.io !== undefined) {
      fd = this.tok.io;
      this.advance();
    }
    if (this.tok.t !== 'op' || !REDIR_OPS.has(this.tok.v)) {
      if (fd !== undefined) this.fail();
      return undefined;
    }
    const op = this.advance() as { v: Redirect['op'] };
    const tok = this.tok as Token;
    if (tok.t !== 'word') this.fail();
    const redir: Redirect = {
      fd: fd ?? (op.v.startsWith('<') ? 0 : 1),
      op: op.v,
      target: tok.w,
    };
    // Register before reading past the delimiter: the next token may be the newline after
    // which the body starts.
    if (op.v === '<<' || op.v === '<<-') this.lx.addHeredoc(redir, tok.w, op.v === '<<-');
    this.advance();
    return redir;
  }

  private parseSimple(line: number): Command {
    const assigns: Assignment[] = [];
    const words: Word[] = [];
    const redirs: Redirect[] = [];
    for (;;) {
      const redir = this.tryRedirect();
      if (redir) {
        redirs.push(redir);
        continue;
      }
      if (this.tok.t !== 'word') break;
      const w = this.tok.w;
      const first = w.parts[0];
      const m = first?.k === 'lit' && !first.q ? ASSIGN.exec(first.s) : null;
      if (words.length === 0 && m) {
        this.advance();
        const rest = first!.k === 'lit' ? first!.s.slice(m[0].length) : '';
        const parts = [
          ...(rest ? [{ k: 'lit' as const, s: rest, q: false }] : []),
          ...w.parts.slice(1),
        ];
        assigns.push({ name: m[1]!, value: { parts, raw: w.raw.slice(m[0].length) } });
        continue;
      }
      words.push(this.takeWord());
    }
    if (words.length === 0 && assigns.length === 0 && redirs.length === 0) this.fail();
    return { type: 'simple', assigns, words, redirs, line };
  }
}

export function parseScript(src: string): List {
  return new Parser(src).parseProgram();
}
