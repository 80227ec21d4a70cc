import type { DockerfileAst, Heredoc, InstructionNode, ParserWarning } from '../ast';
import { DockerfileParseError } from '../errors';
import { trimGoSpace, trimLeftGoSpace, trimNewline } from '../text/go-strings';
import { detectSyntax, DirectiveError, Directives } from './directives';
import { heredocsFromLine, HeredocError } from './heredoc';
import { LineReader, MAX_LINE_BYTES } from './line-reader';
import { LineParseError } from './line-parsers';
import { canContainHeredoc, finishNode, newNodeFromLine, type NodeDraft } from './node';

export type ParseResult =
  | { readonly ok: true; readonly ast: DockerfileAst }
  | { readonly ok: false; readonly error: DockerfileParseError };

const EMPTY_CONTINUATION_URL = 'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/';

/**
 * Parses Dockerfile text the way BuildKit's `parser.Parse` does (ground truth §1.4–1.6).
 * Never throws: every failure, even an internal one, comes back as `{ ok: false }`.
 */
export function parseDockerfile(text: string): ParseResult {
  try {
    return { ok: true, ast: parseOrThrow(String(text)) };
  } catch (err) {
    if (err instanceof DockerfileParseError) return { ok: false, error: err };
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      error: new DockerfileParseError(`internal parser error: ${detail}`, { startLine: 0 }),
    };
  }
}

/** `^#` after leading blanks (BuildKit `isComment`). */
function isComment(line: string): boolean {
  return trimLeftGoSpace(trimNewline(line)).charCodeAt(0) === 0x23;
}

/**
 * BuildKit `trimContinuationCharacter`: a line continues when it ends with the escape
 * token plus blanks, unless that token is itself escaped (`a\\`). The token and the
 * blanks after it are removed; everything before is kept as is.
 */
function trimContinuation(line: string, escape: string): { line: string; continues: boolean } {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09) break;
    end--;
  }
  if (end === 0 || line[end - 1] !== escape) return { line, continues: false };
  if (end === 1) return { line: '', continues: true };
  if (line[end - 2] === escape) return { line, continues: false };
  return { line: line.slice(0, end - 1), continues: true };
}

function parseOrThrow(text: string): DockerfileAst {
  const reader = new LineReader(text);
  const directives = new Directives();
  const children: InstructionNode[] = [];
  const warnings: ParserWarning[] = [];
  let comments: string[] = [];
  let currentLine = 0;

  for (let raw = reader.next(); raw !== null; raw = reader.next()) {
    // First line: strip the byte-order mark.
    const bytesRead = currentLine === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const comment = isComment(bytesRead);
    const token = trimLeftGoSpace(trimNewline(bytesRead));
    const isDirective = considerDirective(directives, token, currentLine + 1);
    if (comment && !isDirective) {
      // As BuildKit: the text after the line's first character, trimmed.
      const note = trimGoSpace(bytesRead.slice(1));
      if (note === '') comments = [];
      else comments.push(note);
    }
    currentLine++;
    const startLine = currentLine;

    const first = trimContinuation(comment ? '' : token, directives.escapeToken);
    if (!first.continues && first.line === '') {
      if (!comment) comments = []; // a blank line ends a run of description comments
      continue;
    }

    const parts = [first.line];
    let continues = first.continues;
    let hasEmptyContinuationLine = false;
    while (continues) {
      const next = reader.next();
      if (next === null) break; // a dangling continuation at EOF just ends the instruction
      const nextLine = trimNewline(next);
      currentLine++;
      if (isComment(next)) continue;
      if (trimLeftGoSpace(nextLine) === '') {
        hasEmptyContinuationLine = true;
        continue;
      }
      const piece = trimContinuation(nextLine, directives.escapeToken);
      parts.push(piece.line);
      continues = piece.continues;
    }
    const line = parts.join('');

    if (hasEmptyContinuationLine) {
      warnings.push({
        rule: 'NoEmptyContinuation',
        message: `Empty continuation line found in: ${line}`,
        detail: 'Empty continuation lines will become errors in a future release',
        url: EMPTY_CONTINUATION_URL,
        // uncertain: BuildKit reports the last line of the instruction.
        line: currentLine,
      });
    }

    let draft: NodeDraft;
    try {
      draft = newNodeFromLine(line, directives.escapeToken);
    } catch (err) {
      if (err instanceof LineParseError) {
        throw new DockerfileParseError(err.message, { startLine, endLine: currentLine });
      }
      throw err;
    }

    const heredocs: Heredoc[] = [];
    if (canContainHeredoc(draft) && line.includes('<<')) {
      let markers;
      try {
        markers = heredocsFromLine(line);
      } catch (err) {
        if (err instanceof HeredocError) {
          throw new DockerfileParseError(err.message, { startLine, endLine: currentLine });
        }
        throw err;
      }
      for (const marker of markers) {
        const body: string[] = [];
        let terminated = false;
        for (let bodyLine = reader.next(); bodyLine !== null; bodyLine = reader.next()) {
          currentLine++;
          let candidate = trimNewline(bodyLine);
          if (marker.chomp) candidate = trimLeadingTabs(candidate);
          if (candidate === marker.name) {
            terminated = true;
            break;
          }
          body.push(bodyLine);
        }
        if (!terminated) {
          throw new DockerfileParseError('unterminated heredoc', {
            startLine,
            endLine: currentLine,
          });
        }
        heredocs.push({ ...marker, content: body.join('') });
      }
    }

    children.push(finishNode(draft, { startLine, endLine: currentLine }, heredocs, comments));
    comments = [];
  }

  if (children.length === 0) {
    throw new DockerfileParseError('file with no instructions', { startLine: currentLine });
  }
  if (reader.tooLong) {
    throw new DockerfileParseError(
      `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`,
      { startLine: currentLine },
    );
  }

  const syntax = directives.values.get('syntax') ?? detectSyntax(text);
  const check = directives.values.get('check');
  return {
    children,
    directives: {
      escapeToken: directives.escapeToken,
      ...(syntax !== undefined ? { syntax } : {}),
      ...(check !== undefined ? { check } : {}),
    },
    warnings,
    startLine: children[0]!.startLine,
    endLine: children[children.length - 1]!.endLine,
  };
}

function considerDirective(directives: Directives, token: string, line: number): boolean {
  try {
    return directives.consider(token);
  } catch (err) {
    if (err instanceof DirectiveError)
      throw new DockerfileParseError(err.message, { startLine: line });
    throw err;
  }
}

function trimLeadingTabs(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 0x09) i++;
  return i === 0 ? text : text.slice(i);
}
