/**
 * The shell tokenizer: words (with quoting kept as parts), operators, newlines, and heredoc
 * bodies read after the newline that ends their command, as POSIX says. Like dash, it works
 * on the whole script text (RUN bodies are small).
 */
import type { Redirect, Word, WordPart } from './ast';
import { ShellSyntaxError } from './syntax-error';

export type Token =
  | { readonly t: 'op'; readonly v: string; readonly line: number }
  | { readonly t: 'word'; readonly w: Word; readonly line: number; readonly io?: number }
  | { readonly t: 'nl'; readonly line: number }
  | { readonly t: 'eof'; readonly line: number };

const OPS = [
  '&&',
  '||',
  ';;',
  '<<-',
  '<<',
  '>>',
  '<&',
  '>&',
  '<>',
  '>|',
  ';',
  '&',
  '|',
  '(',
  ')',
  '<',
  '>',
];
const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

interface PendingHeredoc {
  readonly redir: Redirect;
  readonly delim: string;
  readonly strip: boolean;
}

export class Lexer {
  pos = 0;
  line = 1;
  private pending: PendingHeredoc[] = [];

  constructor(private readonly src: string) {}

  private err(kind: 'unterminated-quote' | 'missing-brace'): never {
    throw new ShellSyntaxError({ kind }, this.line);
  }

  addHeredoc(redir: Redirect, delim: Word, strip: boolean): void {
    const quoted = delim.parts.some((p) => p.q);
    const text = delim.parts.map((p) => (p.k === 'lit' ? p.s : '')).join('');
    redir.heredoc = { body: '', expand: !quoted };
    this.pending.push({ redir, delim: text, strip });
  }

  next(): Token {
    for (;;) {
      const c = this.src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.src[this.pos + 1] === '\n') {
        this.pos += 2;
        this.line++;
      } else if (c === '#') {
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
      } else break;
    }
    const line = this.line;
    if (this.pos >= this.src.length) return { t: 'eof', line };
    const c = this.src[this.pos]!;
    if (c === '\n') {
      this.pos++;
      this.line++;
      this.readHeredocs();
      return { t: 'nl', line };
    }
    for (const op of OPS) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { t: 'op', v: op, line };
      }
    }
    const start = this.pos;
    const parts = this.readWord();
    const raw = this.src.slice(start, this.pos);
    const next = this.src[this.pos];
    if (/^\d+$/.test(raw) && (next === '<' || next === '>')) {
      return { t: 'word', w: { parts, raw }, line, io: Number(raw) };
    }
    return { t: 'word', w: { parts, raw }, line };
  }

  private readHeredocs(): void {
    const pending = this.pending;
    this.pending = [];
    for (const h of pending) {
      const lines: string[] = [];
      while (this.pos < this.src.length) {
        let end = this.src.indexOf('\n', this.pos);
        if (end === -1) end = this.src.length;
        let text = this.src.slice(this.pos, end);
        this.pos = Math.min(end + 1, this.src.length);
        this.line++;
        if (h.strip) text = text.replace(/^\t+/, '');
        if (text === h.delim) break;
        lines.push(text + '\n');
      }
      h.redir.heredoc = { body: lines.join(''), expand: h.redir.heredoc?.expand ?? true };
    }
  }

  /** Reads one word up to an unquoted metacharacter. */
  private readWord(): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit !== '') parts.push({ k: 'lit', s: lit, q: false });
      lit = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos]!;
      if (META.has(c)) break;
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        this.pos += 2;
        if (n === undefined) lit += '\\';
        else if (n === '\n') this.line++;
        else {
          flush();
          parts.push({ k: 'lit', s: n, q: true });
        }
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end === -1) this.err('unterminated-quote');
        flush();
        const s = this.src.slice(this.pos + 1, end);
        this.line += s.split('\n').length - 1;
        parts.push({ k: 'lit', s, q: true });
        this.pos = end + 1;
      } else if (c === '"') {
        flush();
        this.pos++;
        parts.push(...this.readDouble());
      } else if (c === '$' || c === '`') {
        flush();
        parts.push(this.readDollar(false));
      } else {
        lit += c;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  /** Inside "…": only $, ` and \ before $ ` " \ newline are special. */
  private readDouble(): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      parts.push({ k: 'lit', s: lit, q: true });
      lit = '';
    };
    for (;;) {
      if (this.pos >= this.src.length) this.err('unterminated-quote');
      const c = this.src[this.pos]!;
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === '\\') {
        const n = this.src[this.pos + 1];
        if (n === '\n') {
          this.pos += 2;
          this.line++;
        } else if (n !== undefined && '$`"\\'.includes(n)) {
          lit += n;
          this.pos += 2;
        } else {
          lit += '\\';
          this.pos++;
        }
      } else if (c === '$' || c === '`') {
        if (lit !== '') flush();
        parts.push(this.readDollar(true));
      } else {
        if (c === '\n') this.line++;
        lit += c;
        this.pos++;
      }
    }
    if (lit !== '' || parts.length === 0) flush();
    return parts;
  }

  /** `$name`, `${…}`, `$(…)`, `$((…))`, `` `…` ``, or a lone `$`. */
  readDollar(q: boolean): WordPart {
    const src = this.src;
    if (src[this.pos] === '`') {
      let i = this.pos + 1;
      let body = '';
      while (i < src.length && src[i] !== '`') {
        if (src[i] === '\\' && i + 1 < src.length) {
          body += '$`\\'.includes(src[i + 1]!) ? src[i + 1] : src[i]! + src[i + 1];
          i += 2;
        } else body += src[i++];
      }
      if (i >= src.length) this.err('unterminated-quote');
      this.pos = i + 1;
      return { k: 'cmdsub', src: body, q };
    }
    const n = src[this.pos + 1];
    if (n === '(' && src[this.pos + 2] === '(') {
      const end = this.matchParen(this.pos + 2);
      if (src[end + 1] === ')') {
        const body = src.slice(this.pos + 3, end);
        this.pos = end + 2;
        return { k: 'arith', src: body, q };
      }
    }
    if (n === '(') {
      const end = this.matchParen(this.pos + 1);
      const body = src.slice(this.pos + 2, end);
      this.pos = end + 1;
      return { k: 'cmdsub', src: body, q };
    }
    if (n === '{') return this.readBraced(q);
    const m = NAME.exec(src.slice(this.pos + 1));
    if (m) {
      this.pos += 1 + m[0].length;
      return { k: 'param', name: m[0], q };
    }
    if (n !== undefined && /[0-9?#$@*!-]/.test(n)) {
      this.pos += 2;
      return { k: 'param', name: n, q };
    }
    this.pos++;
    return { k: 'lit', s: '$', q };
  }

  /** Index of the `)` matching the `(` at `open`, skipping quotes and nested parens. */
  private matchParen(open: number): number {
    let depth = 0;
    for (let i = open; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '\\') i++;
      else if (c === "'") {
        const e = this.src.indexOf("'", i + 1);
        if (e === -1) this.err('unterminated-quote');
        i = e;
      } else if (c === '"') {
        i++;
        while (i < this.src.length && this.src[i] !== '"') i += this.src[i] === '\\' ? 2 : 1;
        if (i >= this.src.length) this.err('unterminated-quote');
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
    }
    throw new ShellSyntaxError({ kind: 'eof', expecting: ')' }, this.line);
  }

  private readBraced(q: boolean): WordPart {
    const src = this.src;
    const start = this.pos;
    this.pos += 2;
    let len = false;
    if (src[this.pos] === '#' && src[this.pos + 1] !== '}') {
      len = true;
      this.pos++;
    }
    const m = NAME.exec(src.slice(this.pos)) ?? /^[0-9?#$@*!-]/.exec(src.slice(this.pos));
    if (!m) {
      const close = src.indexOf('}', this.pos);
      if (close === -1) this.err('missing-brace');
      throw new ShellSyntaxError(
        { kind: 'bad-substitution', text: src.slice(start, close + 1) },
        this.line,
      );
    }
    const name = m[0];
    this.pos += name.length;
    if (src[this.pos] === '}') {
      this.pos++;
      return len ? { k: 'param', name, op: 'length', q } : { k: 'param', name, q };
    }
    const opm = /^(:?[-=+?]|##?|%%?)/.exec(src.slice(this.pos));
    if (!opm || len) {
      const close = src.indexOf('}', this.pos);
      if (close === -1) this.err('missing-brace');
      throw new ShellSyntaxError(
        { kind: 'bad-substitution', text: src.slice(start, close + 1) },
        this.line,
      );
    }
    this.pos += opm[0].length;
    const arg = this.readBraceArg();
    return { k: 'param', name, op: opm[0], arg, q };
  }

  /** The word after `${x:-`, up to the matching `}`. */
  private readBraceArg(): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit !== '') parts.push({ k: 'lit', s: lit, q: false });
      lit = '';
    };
    for (;;) {
      if (this.pos >= this.src.length) this.err('missing-brace');
      const c = this.src[this.pos]!;
      if (c === '}') {
        this.pos++;
        break;
      }
      if (c === '\\' && this.pos + 1 < this.src.length) {
        flush();
        parts.push({ k: 'lit', s: this.src[this.pos + 1]!, q: true });
        this.pos += 2;
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end === -1) this.err('unterminated-quote');
        flush();
        parts.push({ k: 'lit', s: this.src.slice(this.pos + 1, end), q: true });
        this.pos = end + 1;
      } else if (c === '"') {
        flush();
        this.pos++;
        parts.push(...this.readDouble());
      } else if (c === '$' || c === '`') {
        flush();
        parts.push(this.readDollar(false));
      } else {
        if (c === '\n') this.line++;
        lit += c;
        this.pos++;
      }
    }
    flush();
    return parts;
  }
}

/** Parses heredoc body text as if inside double quotes (but `"` is not special). */
export function heredocParts(body: string): WordPart[] {
  const lx = new Lexer(body);
  const parts: WordPart[] = [];
  let lit = '';
  while (lx.pos < body.length) {
    const c = body[lx.pos]!;
    if (c === '\\' && lx.pos + 1 < body.length && '$`\\\n'.includes(body[lx.pos + 1]!)) {
      if (body[lx.pos + 1] !== '\n') lit += body[lx.pos + 1];
      lx.pos += 2;
    } else if (c === '$' || c === '`') {
      if (lit) parts.push({ k: 'lit', s: lit, q: true });
      lit = '';
      parts.push(lx.readDollar(true));
    } else {
      lit += c;
      lx.pos++;
    }
  }
  if (lit) parts.push({ k: 'lit', s: lit, q: true });
  return parts;
}
