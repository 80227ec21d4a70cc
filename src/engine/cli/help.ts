/**
 * `docker <command> --help`, rendered from the command's declared flags with docker/cli's
 * cobra templates (`cli/cobra.go` usageTemplate + helpTemplate) and pflag's
 * `FlagUsagesWrapped`. The ground truth holds no help text, so the layout follows that source:
 *
 *   (blank line)
 *   Usage:  docker build [OPTIONS] PATH | URL | -
 *   (blank)
 *   <description>
 *   (blank)
 *   Aliases:
 *     docker image build, docker build
 *   (blank)
 *   Options:
 *     -t, --tag stringArray   Name and optionally a tag (format: "name:tag")
 *
 * uncertain: the exact option lists and usage strings per command are the command authors'
 * data; this module only lays them out. Width defaults to 80 (docker wraps at width - 1).
 */
import { goQuote } from '../format/go-quote';
import { formatGoDuration } from './args/go-parse';
import { useLine, type CommandSpec, type FlagSpec, type FlagValue } from './args/spec';

/** pflag UnquoteUsage: a `backquoted` word names the value; otherwise the type does. */
function unquoteUsage(flag: FlagSpec): { name: string; usage: string } {
  const m = /`([^`]*)`/.exec(flag.usage);
  const usage = flag.usage.replace(/`([^`]*)`/, '$1');
  if (flag.valueName !== undefined) return { name: flag.valueName, usage };
  if (m) return { name: m[1]!, usage };
  return { name: flag.type === 'bool' ? '' : flag.type, usage };
}

/** `(default …)` as pflag prints it, or '' when the default is the zero value. */
function defaultSuffix(flag: FlagSpec): string {
  const d: FlagValue | undefined = flag.default;
  if (d === undefined) return '';
  switch (flag.type) {
    case 'string':
      return d === '' ? '' : ` (default ${goQuote(String(d))})`;
    case 'bool':
      return d === true ? ' (default true)' : '';
    case 'int':
      return d === 0 ? '' : ` (default ${String(d)})`;
    case 'duration':
      return d === 0 ? '' : ` (default ${formatGoDuration(d as number)})`;
    case 'stringArray': {
      // pflag writes the array as CSV inside brackets.
      const items = d as readonly string[];
      const csv = items.map((s) => (/[",\n\r]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s));
      return items.length === 0 ? '' : ` (default [${csv.join(',')}])`;
    }
    case 'list': {
      const items = d as readonly string[];
      return items.length === 0 ? '' : ` (default [${items.join(' ')}])`;
    }
    case 'map': {
      const rec = d as Readonly<Record<string, string>>;
      const keys = Object.keys(rec).sort();
      return keys.length === 0
        ? ''
        : ` (default map[${keys.map((k) => `${k}:${rec[k]}`).join(' ')}])`;
    }
  }
}

/** pflag wrapN: split at the last whitespace before i, allowing `slop` overflow at the end. */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag wrap(i, w, s): wrap usage text to width w with continuation indent i. */
function wrap(indent: number, width: number, s: string): string {
  if (width === 0) return s.replace(/\n/g, `\n${' '.repeat(indent)}`);
  let room = width - indent;
  let out = '';
  if (room < 24) {
    indent = 16;
    room = width - indent;
    out += `\n${' '.repeat(indent)}`;
  }
  if (room < 24) return s.replace(/\n/g, out);
  const slop = 5;
  room -= slop;
  let [line, rest] = wrapN(room, slop, s);
  out += line.replace(/\n/g, `\n${' '.repeat(indent)}`);
  while (rest !== '') {
    [line, rest] = wrapN(room, slop, rest);
    out += `\n${' '.repeat(indent)}${line.replace(/\n/g, `\n${' '.repeat(indent)}`)}`;
  }
  return out;
}

/** pflag `FlagUsagesWrapped(cols)`: sorted by name, hidden flags left out. */
export function flagUsages(flags: readonly FlagSpec[], cols: number): string {
  const visible = flags
    .filter((f) => !f.hidden)
    .sort((a, b) => (a.long < b.long ? -1 : a.long > b.long ? 1 : 0));
  const rows = visible.map((f) => {
    const { name, usage } = unquoteUsage(f);
    let left = f.short ? `  -${f.short}, --${f.long}` : `      --${f.long}`;
    if (name) left += ` ${name}`;
    return { left, usage: usage + defaultSuffix(f) };
  });
  // maxlen counts the \x00 separator pflag appends, hence + 1.
  const maxlen = Math.max(0, ...rows.map((r) => r.left.length + 1));
  return rows
    .map(
      (r) => `${r.left} ${' '.repeat(maxlen - r.left.length)} ${wrap(maxlen + 2, cols, r.usage)}\n`,
    )
    .join('');
}

export interface HelpOptions {
  /** Terminal width; docker wraps flag usages at width - 1. Default 80. */
  readonly width?: number;
}

/** The full `docker <cmd> --help` text (stdout), ending in a newline. */
export function renderHelp(spec: CommandSpec, options: HelpOptions = {}): string {
  const width = options.width ?? 80;
  let out = `\nUsage:  ${useLine(spec)}\n\n${spec.description.trim()}`;
  if (spec.aliases && spec.aliases.length > 0) out += `\n\nAliases:\n  ${spec.aliases.join(', ')}`;
  const usages = flagUsages(spec.flags, width - 1).trimEnd();
  if (usages !== '') out += `\n\nOptions:\n${usages}`;
  return `${out}\n`;
}
