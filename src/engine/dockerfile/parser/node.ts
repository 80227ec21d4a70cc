import type { Heredoc, InstructionNode } from '../ast';
import {
  parseHealthConfig,
  parseMaybeJson,
  parseMaybeJsonToList,
  parseNameOrNameVal,
  parseNameVal,
  parseString,
  parseStringsWhitespaceDelimited,
  type ParsedArgs,
} from './line-parsers';
import { splitCommand } from './split-command';

/** A node before its line span and heredoc bodies are known. */
export interface NodeDraft {
  keyword: string;
  keywordAsWritten: string;
  flags: string[];
  args: string[];
  json: boolean;
  original: string;
  next?: NodeDraft;
}

// BuildKit's dispatch table (parser.go): how each keyword's arguments are split.
function dispatch(keyword: string, rest: string, escapeToken: string): ParsedArgs {
  switch (keyword) {
    case 'add':
    case 'copy':
    case 'volume':
      return parseMaybeJsonToList(rest);
    case 'arg':
      return parseNameOrNameVal(rest, escapeToken);
    case 'cmd':
    case 'entrypoint':
    case 'run':
    case 'shell':
      return parseMaybeJson(rest);
    case 'env':
      return parseNameVal(rest, 'ENV', escapeToken);
    case 'label':
      return parseNameVal(rest, 'LABEL', escapeToken);
    case 'expose':
    case 'from':
      return parseStringsWhitespaceDelimited(rest);
    case 'healthcheck':
      return parseHealthConfig(rest);
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return parseString(rest);
    default:
      // Unknown instructions keep one empty argument (`(foo "")`); the instruction
      // layer reports them.
      return { args: [''], json: false };
  }
}

/**
 * BuildKit `newNodeFromLine`. ONBUILD nests its trigger; the chain is built with a loop
 * rather than recursion so `ONBUILD ONBUILD …` thousands deep cannot overflow the stack.
 */
export function newNodeFromLine(line: string, escapeToken: string): NodeDraft {
  const chain: NodeDraft[] = [];
  let text = line;
  for (;;) {
    const { cmd, flags, rest } = splitCommand(text);
    const keyword = cmd.toLowerCase();
    if (keyword === 'onbuild') {
      chain.push({ keyword, keywordAsWritten: cmd, flags, args: [], json: false, original: text });
      if (rest === '') break;
      text = rest;
      continue;
    }
    const parsed = dispatch(keyword, rest, escapeToken);
    chain.push({
      keyword,
      keywordAsWritten: cmd,
      flags,
      args: parsed.args,
      json: parsed.json,
      original: text,
    });
    break;
  }
  for (let i = chain.length - 1; i > 0; i--) chain[i - 1]!.next = chain[i]!;
  return chain[0]!;
}

const HEREDOC_KEYWORDS = new Set(['add', 'copy', 'run']);

/** BuildKit `canContainHeredoc`: RUN/COPY/ADD in shell form, also as an ONBUILD trigger. */
export function canContainHeredoc(node: NodeDraft): boolean {
  const target = node.keyword === 'onbuild' && node.next ? node.next : node;
  return HEREDOC_KEYWORDS.has(target.keyword) && !target.json;
}

/** Freezes a draft into the public node shape; nested triggers share the parent's span. */
export function finishNode(
  draft: NodeDraft,
  span: { startLine: number; endLine: number },
  heredocs: readonly Heredoc[],
  precedingComments: readonly string[],
): InstructionNode {
  // Built innermost first, again without recursion.
  const drafts: NodeDraft[] = [];
  for (let d: NodeDraft | undefined = draft; d; d = d.next) drafts.push(d);
  let inner: InstructionNode | undefined;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    const node: InstructionNode = {
      keyword: d.keyword,
      keywordAsWritten: d.keywordAsWritten,
      flags: d.flags,
      args: d.args,
      json: d.json,
      original: d.original,
      ...(inner ? { next: inner } : {}),
      heredocs: i === 0 ? heredocs : [],
      precedingComments: i === 0 ? precedingComments : [],
      startLine: span.startLine,
      endLine: span.endLine,
    };
    inner = node;
  }
  return inner!;
}
