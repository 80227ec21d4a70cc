import type { z } from 'astro/zod';

/**
 * The one friendly formatter for zod errors on authored input (quizzes, lesson frontmatter,
 * scenarios, imported progress). It says where, what and how to fix, in one line per issue:
 *
 *   content/quizzes/x.yaml → question `ms-03` → field `answer`: expected one of a, b — fix: …
 *
 * It is general: array items are named by their `id`/`slug`/`name` when they have one
 * (else by 1-based position), the item noun is the singular of the array's key, and the
 * `.describe()` text of the failing field becomes the fix when the issue brings none.
 */

const NAME_KEYS = ['id', 'slug', 'name', 'key'] as const;

export interface FormatOptions {
  /** The input that failed, to name items by id and say what was received. */
  input?: unknown;
  /** The schema that failed, to look up `.describe()` texts for fixes. */
  schema?: z.ZodType;
}

export function formatZodError(
  where: string,
  error: z.ZodError,
  options: FormatOptions = {},
): string {
  return formatZodIssues(where, error.issues, options).join('\n');
}

export function formatZodIssues(
  where: string,
  issues: readonly z.core.$ZodIssue[],
  options: FormatOptions = {},
): string[] {
  return issues.map((issue) => formatIssue(where, issue, options));
}

function formatIssue(where: string, issue: z.core.$ZodIssue, options: FormatOptions): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const parts = [where, ...describePath(path, options.input)];
  const [what, fix] = explain(issue, path, options);
  const fixText = fix ?? descriptionAt(options.schema, path, options.input);
  return `${parts.join(' → ')}: ${what}${fixText ? ` — fix: ${fixText}` : ''}`;
}

/** `['questions', 3, 'answer', 0]` → ["question `ms-03`", 'field `answer[0]`']. */
export function describePath(path: readonly (string | number)[], input: unknown): string[] {
  const out: string[] = [];
  let node: unknown = input;
  let field: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    const child = childOf(node, key);
    if (
      typeof next === 'number' &&
      typeof key === 'string' &&
      isItemWithName(childOf(child, next))
    ) {
      if (field.length) out.push(`field \`${field.join('')}\``);
      field = [];
      const item = childOf(child, next) as Record<string, unknown>;
      out.push(`${singular(key)} \`${String(nameOf(item))}\``);
      node = item;
      i++;
      continue;
    }
    field.push(typeof key === 'number' ? `[${key}]` : field.length ? `.${key}` : key);
    node = child;
  }
  if (field.length) out.push(`field \`${field.join('')}\``);
  return out;
}

function explain(
  issue: z.core.$ZodIssue,
  path: readonly (string | number)[],
  { input }: FormatOptions,
): [string, string | undefined] {
  const received = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return [`missing (expected ${issue.expected})`, undefined];
      return [`expected ${issue.expected}, received ${typeName(received)}`, undefined];
    case 'invalid_value': {
      const values = issue.values.map(String);
      return [
        `expected one of ${values.join(', ')}`,
        suggestion(String(received), values) ?? undefined,
      ];
    }
    case 'invalid_union': {
      const note = (issue as { note?: string }).note;
      const options = (issue as { options?: unknown[] }).options;
      if (note === 'No matching discriminator' && options) {
        const values = options.map(String);
        return [
          `expected one of ${values.join(', ')}`,
          suggestion(String(received), values) ?? undefined,
        ];
      }
      return [issue.message, undefined];
    }
    case 'unrecognized_keys':
      return [
        `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
        'remove it or check its spelling',
      ];
    case 'too_small':
      return [`${sizeText(issue.origin, 'at least', issue.minimum)}`, undefined];
    case 'too_big':
      return [`${sizeText(issue.origin, 'at most', issue.maximum)}`, undefined];
    case 'invalid_format':
    case 'custom': {
      // Custom messages may carry their own fix after " — fix: ".
      const [what, fix] = issue.message.split(' — fix: ');
      return [what ?? issue.message, fix];
    }
    default:
      return [issue.message, undefined];
  }
}

function sizeText(origin: string, bound: string, n: number | bigint): string {
  if (origin === 'array') return `must have ${bound} ${n} item${n === 1 ? '' : 's'}`;
  if (origin === 'string') return `must be ${bound} ${n} character${n === 1 ? '' : 's'} long`;
  return `must be ${bound} ${n}`;
}

/** "did you mean `x`?" for a near miss (edit distance ≤ 2, or a case/spacing difference). */
export function suggestion(got: string, candidates: readonly string[]): string | null {
  const best = closest(got, candidates);
  return best ? `did you mean \`${best}\`?` : null;
}

export function closest(got: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === got.toLowerCase() ? 0.5 : levenshtein(got, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const limit = Math.max(2, Math.floor(got.length / 3));
  return best !== null && bestDistance <= limit && best !== got ? best : null;
}

export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

function childOf(node: unknown, key: string | number): unknown {
  if (node !== null && typeof node === 'object') return (node as Record<string, unknown>)[key];
  return undefined;
}

function valueAt(node: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((n, k) => childOf(n, k), node);
}

function nameOf(item: Record<string, unknown>): unknown {
  return NAME_KEYS.map((k) => item[k]).find((v) => typeof v === 'string' && v.length > 0);
}

function isItemWithName(item: unknown): boolean {
  return (
    item !== null &&
    typeof item === 'object' &&
    nameOf(item as Record<string, unknown>) !== undefined
  );
}

function singular(key: string): string {
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.endsWith('s')) return key.slice(0, -1);
  return key;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  valueType?: z.ZodType;
}

/** Best-effort walk of the schema along `path` to the failing field's `.describe()` text. */
export function descriptionAt(
  schema: z.ZodType | undefined,
  path: readonly (string | number)[],
  input: unknown,
): string | undefined {
  let s: z.ZodType | undefined = schema;
  let node = input;
  for (const key of path) {
    s = unwrap(s, node);
    const def = s?._zod.def as Def | undefined;
    if (!def) return undefined;
    if (def.type === 'object' && typeof key === 'string') s = def.shape?.[key];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
    node = childOf(node, key);
  }
  // The description may sit on a wrapper (optional, pipe) or on the inner schema.
  for (let i = 0; s && i < 10; i++) {
    if (s.description) return s.description;
    const next = unwrapOnce(s, node);
    if (next === s) return undefined;
    s = next;
  }
  return undefined;
}

function unwrap(s: z.ZodType | undefined, node: unknown): z.ZodType | undefined {
  for (let i = 0; s && i < 10; i++) {
    const next = unwrapOnce(s, node);
    if (next === s) return s;
    s = next;
  }
  return s;
}

function unwrapOnce(s: z.ZodType, node: unknown): z.ZodType {
  const def = s._zod.def as Def;
  {
    if (def.innerType) return def.innerType;
    if (def.type === 'pipe' && def.in) return def.in;
    if (def.type === 'union' && def.options) {
      const disc = def.discriminator;
      const value = disc ? childOf(node, disc) : undefined;
      const match = def.options.find((o) => {
        const shape = (o._zod.def as Def).shape;
        const lit = disc && (shape?.[disc]?._zod.def as { values?: unknown[] } | undefined);
        return lit && Array.isArray(lit.values) && lit.values.includes(value);
      });
      return match ?? s;
    }
    return s;
  }
}
