/** Heredoc facts of ground truth §1.6, with exact names, flags, bodies and line spans. */
import { describe, expect, it } from 'vitest';
import {
  DockerfileParseError,
  dumpAst,
  parseDockerfile,
  parseHeredocWord,
} from '../../../src/engine';

function ast(text: string) {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.ast;
}

describe('heredoc markers (ParseHeredoc on one word)', () => {
  it.each([
    ['<<EOF', { name: 'EOF', expand: true, chomp: false, fileDescriptor: 0 }],
    ['<<-EOF', { name: 'EOF', expand: true, chomp: true, fileDescriptor: 0 }],
    ['3<<EOF', { name: 'EOF', expand: true, chomp: false, fileDescriptor: 3 }],
    ["<<'EOF'", { name: 'EOF', expand: false, chomp: false, fileDescriptor: 0 }],
    ['<<"EOF"', { name: 'EOF', expand: false, chomp: false, fileDescriptor: 0 }],
    ['<<EO"F"', { name: 'EOF', expand: false, chomp: false, fileDescriptor: 0 }],
    ["<<'NOEXPAND'", { name: 'NOEXPAND', expand: false, chomp: false, fileDescriptor: 0 }],
    ["<<eo'f'", { name: 'eof', expand: false, chomp: false, fileDescriptor: 0 }],
    ["<<eo\\'f", { name: "eo'f", expand: true, chomp: false, fileDescriptor: 0 }],
    ['<<  EOF', { name: 'EOF', expand: true, chomp: false, fileDescriptor: 0 }],
  ])('%s', (word, expected) => {
    expect(parseHeredocWord(word)).toEqual(expected);
  });

  it.each(['<<-', '<<', '<', '<<EOF sh', 'EOF'])('%s is not a heredoc', (word) => {
    expect(parseHeredocWord(word)).toBeNull();
  });

  it.each(["<<'EOF", "<<EOF'"])('%s (unbalanced quotes) is an error', (word) => {
    let caught: unknown;
    try {
      parseHeredocWord(word);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DockerfileParseError);
    expect((caught as DockerfileParseError).message).toBe(
      'unexpected end of statement while looking for matching single-quote',
    );
  });
});

describe('heredocs in a Dockerfile', () => {
  it('reads the body up to the terminator, keeping newlines and tabs', () => {
    const tree = ast('FROM a\nRUN <<EOF\n\techo hi\n# not a comment\nEOF\nRUN after\n');
    expect(dumpAst(tree)).toBe('(from "a")\n(run "<<EOF")\n(run "after")');
    const run = tree.children[1]!;
    expect(run.heredocs).toEqual([
      {
        name: 'EOF',
        content: '\techo hi\n# not a comment\n',
        expand: true,
        chomp: false,
        fileDescriptor: 0,
      },
    ]);
    expect([run.startLine, run.endLine]).toEqual([2, 5]);
    expect([tree.children[2]!.startLine, tree.children[2]!.endLine]).toEqual([6, 6]);
  });

  it('with <<- strips leading tabs from the terminator line only (body chomping is later)', () => {
    const tree = ast('RUN <<-EOF\n\techo hi\n\t\tEOF\n');
    expect(tree.children[0]!.heredocs[0]).toMatchObject({ content: '\techo hi\n', chomp: true });
  });

  it('reads several heredocs of one line one after another', () => {
    const tree = ast('COPY <<FILE1 <<FILE2 /dest/\none\nFILE1\ntwo\nFILE2\n');
    expect(tree.children[0]!.heredocs.map((h) => [h.name, h.content])).toEqual([
      ['FILE1', 'one\n'],
      ['FILE2', 'two\n'],
    ]);
    expect(tree.children[0]!.endLine).toBe(5);
  });

  it('matches the terminator after removing CRLF', () => {
    const tree = ast('RUN <<EOF\r\nls\r\nEOF\r\n');
    expect(tree.children[0]!.heredocs[0]!.content).toBe('ls\r\n');
  });

  it('ignores heredoc syntax in JSON form, in quotes, and outside RUN/COPY/ADD', () => {
    for (const text of ['RUN ["<<EOF"]\n', 'RUN "<<EOF"\n', "RUN '<<EOF'\n", 'CMD <<EOF\n']) {
      expect(ast(text).children[0]!.heredocs).toEqual([]);
    }
  });

  it('reads heredocs of an ONBUILD trigger', () => {
    const tree = ast('ONBUILD RUN <<EOF\necho hi\nEOF\n');
    expect(tree.children[0]!.heredocs).toHaveLength(1);
    expect(dumpAst(tree)).toBe('(onbuild (run "<<EOF"))');
  });

  it('fails with "unterminated heredoc" when the terminator never comes', () => {
    const result = parseDockerfile('FROM a\nRUN <<EOF\necho hi\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe('unterminated heredoc');
      expect([result.error.startLine, result.error.endLine]).toEqual([2, 3]);
    }
  });
});
