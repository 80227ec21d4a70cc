import { describe, expect, it } from 'vitest';
import {
  extractCodeBlocks,
  parseMeta,
  withoutCodeBlocks,
} from '../../../src/lib/content/code-blocks';

describe('parseMeta', () => {
  it('splits bare words from quoted and unquoted attributes', () => {
    expect(parseMeta(`mistake title="Dockerfile" fails-with="Error: Cannot find module 'express'" x=1`)).toEqual({
      words: ['mistake'],
      attrs: { title: 'Dockerfile', 'fails-with': "Error: Cannot find module 'express'", x: '1' },
    });
  });
});

describe('extractCodeBlocks', () => {
  const mdx = [
    '# Title', // 1
    '', // 2
    '```dockerfile fragment title="Dockerfile"', // 3
    'COPY . .', // 4
    '```', // 5
    '', // 6
    '- a list item', // 7
    '', // 8
    '  ```text', // 9
    '  indented output', // 10
    '  ```', // 11
    '', // 12
    '````md', // 13
    '```sh', // 14
    'docker ps', // 15
    '```', // 16
    '````', // 17
    '```', // 18
    '```', // 19
  ].join('\n');

  it('returns lang, meta, text and the opening line of each block', () => {
    expect(extractCodeBlocks(mdx)).toEqual([
      { lang: 'dockerfile', words: ['fragment'], attrs: { title: 'Dockerfile' }, text: 'COPY . .', line: 3, endLine: 5 },
      { lang: 'text', words: [], attrs: {}, text: 'indented output', line: 9, endLine: 11 },
      { lang: 'md', words: [], attrs: {}, text: '```sh\ndocker ps\n```', line: 13, endLine: 17 },
      { lang: '', words: [], attrs: {}, text: '', line: 18, endLine: 19 },
    ]);
  });

  it('blanks blocks but keeps line numbers for prose scans', () => {
    const out = withoutCodeBlocks(mdx).split('\n');
    expect(out).toHaveLength(19);
    expect(out[0]).toBe('# Title');
    expect(out[6]).toBe('- a list item');
    expect(out.filter((l) => l.includes('docker') || l.includes('COPY'))).toEqual([]);
  });
});
