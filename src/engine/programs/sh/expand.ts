/**
 * Word expansion in POSIX order: parameters, command substitution and arithmetic; then field
 * splitting of unquoted results on IFS whitespace; then pathname expansion. Tilde expansion
 * is limited to a leading `~` or `~/`.
 */
import type { Vfs } from '../../fs/vfs';
import type { Word, WordPart } from './ast';
import { ArithError, evalArith } from './arith';
import { componentRegExp, glob, hasGlob } from './glob';

export interface ExpandContext {
  readonly vfs: Vfs;
  readonly cwd: string;
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** "$@" fields. */
  positional(): readonly string[];
  /** Runs a command substitution and returns its stdout. */
  commandSubst(src: string): string;
  /** Raises the shell's expansion error (`x: parameter not set`). */
  fail(message: string): never;
}

interface Seg {
  readonly s: string;
  readonly q: boolean;
}

function paramValue(ctx: ExpandContext, p: Extract<WordPart, { k: 'param' }>): string | undefined {
  const value = ctx.getVar(p.name);
  if (!p.op) return value;
  if (p.op === 'length') return String((value ?? '').length);
  const arg = () => expandToString(ctx, p.arg ?? []);
  const colon = p.op.startsWith(':');
  const unset = value === undefined || (colon && value === '');
  switch (p.op.replace(':', '')) {
    case '-':
      return unset ? arg() : value;
    case '=':
      if (unset) {
        const v = arg();
        ctx.setVar(p.name, v);
        return v;
      }
      return value;
    case '+':
      return unset ? '' : arg();
    case '?':
      if (unset) ctx.fail(`${p.name}: ${arg() || 'parameter not set'}`);
      return value;
    default:
      return trim(value ?? '', p.op, arg());
  }
}

/** ${x#pat} ${x##pat} ${x%pat} ${x%%pat}. */
function trim(value: string, op: string, pattern: string): string {
  const re = componentRegExp(pattern.replace(/\//g, '\\/'));
  const test = (s: string) => re.test(s) || (pattern.includes('/') && s === pattern);
  if (op.startsWith('#')) {
    const lens = [...Array(value.length + 1).keys()];
    for (const n of op === '##' ? lens.reverse() : lens)
      if (test(value.slice(0, n))) return value.slice(n);
  } else {
    const lens = [...Array(value.length + 1).keys()];
    for (const n of op === '%%' ? lens : lens.reverse())
      if (test(value.slice(n))) return value.slice(0, n);
  }
  return value;
}

function partValue(ctx: ExpandContext, p: WordPart): string {
  switch (p.k) {
    case 'lit':
      return p.s;
    case 'param':
      return paramValue(ctx, p) ?? '';
    case 'cmdsub':
      return ctx.commandSubst(p.src).replace(/\n+$/, '');
    case 'arith':
      try {
        return String(
          evalArith(expandToString(ctx, [{ k: 'lit', s: p.src, q: true }]), (n) => ctx.getVar(n)),
        );
      } catch (e) {
        if (e instanceof ArithError) ctx.fail(e.message);
        throw e;
      }
  }
}

/** Expansion without splitting or globbing: assignments, redirection targets, heredocs. */
export function expandToString(ctx: ExpandContext, parts: readonly WordPart[]): string {
  let out = '';
  for (const p of parts) {
    if (p.k === 'lit') out += p.s;
    else if (p.k === 'param' && p.name === '@') out += ctx.positional().join(' ');
    else out += partValue(ctx, p);
  }
  return out;
}

function tilde(ctx: ExpandContext, parts: readonly WordPart[]): readonly WordPart[] {
  const first = parts[0];
  if (first?.k === 'lit' && !first.q && (first.s === '~' || first.s.startsWith('~/'))) {
    const home = ctx.getVar('HOME') ?? '/';
    return [{ k: 'lit', s: home + first.s.slice(1), q: true }, ...parts.slice(1)];
  }
  return parts;
}

/** Full expansion of one word into zero or more fields. */
export function expandWord(ctx: ExpandContext, word: Word): string[] {
  const fields: Seg[][] = [];
  let cur: Seg[] | null = null;
  const add = (seg: Seg) => {
    cur ??= [];
    cur.push(seg);
  };
  const split = (value: string) => {
    const pieces = value.split(/[ \t\n]+/);
    pieces.forEach((piece, i) => {
      if (i > 0 && cur) {
        fields.push(cur);
        cur = null;
      }
      if (piece !== '') add({ s: piece, q: false });
    });
  };
  for (const p of tilde(ctx, word.parts)) {
    if (p.k === 'lit') add({ s: p.s, q: p.q });
    else if (p.k === 'param' && (p.name === '@' || p.name === '*') && !p.op) {
      const args = ctx.positional();
      if (p.q && p.name === '@') {
        args.forEach((a, i) => {
          if (i > 0 && cur) {
            fields.push(cur);
            cur = null;
          }
          add({ s: a, q: true });
        });
      } else if (p.q) add({ s: args.join(' '), q: true });
      else split(args.join(' '));
    } else {
      const v = partValue(ctx, p);
      if (p.q) add({ s: v, q: true });
      else split(v);
    }
  }
  if (cur) fields.push(cur);
  const out: string[] = [];
  for (const segs of fields) {
    const text = segs.map((s) => s.s).join('');
    const pattern = segs.map((s) => (s.q ? s.s.replace(/[\\*?[\]]/g, '\\$&') : s.s)).join('');
    if (segs.some((s) => !s.q && hasGlob(s.s))) {
      const matches = glob(ctx.vfs, ctx.cwd, pattern);
      if (matches.length > 0) {
        out.push(...matches);
        continue;
      }
    }
    out.push(text);
  }
  return out;
}
