import { describe, expect, it } from 'vitest';
import {
  Slugger,
  extractHeadings,
  extractLinks,
  githubSlug,
  headingText,
  splitUrl,
} from '../../../src/lib/content/links';

describe('githubSlug', () => {
  it.each([
    ['Why shell form fails', 'why-shell-form-fails'],
    ['A corrected Node.js multi-stage build', 'a-corrected-nodejs-multi-stage-build'],
    ['Use exec form for CMD and ENTRYPOINT', 'use-exec-form-for-cmd-and-entrypoint'],
    ['How do multi-stage builds and distroless images help in production?', 'how-do-multi-stage-builds-and-distroless-images-help-in-production'],
    ['C++ / “quotes” — dash', 'c--quotes--dash'],
    ['snake_case and émoji 🚀', 'snake_case-and-émoji-'],
  ])('%s → %s', (text, slug) => {
    expect(githubSlug(text)).toBe(slug);
  });

  it('numbers repeated headings like github-slugger', () => {
    const s = new Slugger();
    expect([s.slug('Examples'), s.slug('Examples'), s.slug('Examples-1'), s.slug('Examples')]).toEqual([
      'examples',
      'examples-1',
      'examples-1-1',
      'examples-2',
    ]);
  });
});

describe('extractHeadings', () => {
  it('reads ATX headings outside frontmatter and code, reduced to their text', () => {
    const mdx = '---\ntitle: x\n# not a heading\n---\n\n## Run `docker build` with **BuildKit**\n\n```sh\n# comment\n```\n\n### [Link](/x/) text\n';
    expect(extractHeadings(mdx)).toEqual([
      { depth: 2, text: 'Run docker build with BuildKit', id: 'run-docker-build-with-buildkit', line: 6 },
      { depth: 3, text: 'Link text', id: 'link-text', line: 12 },
    ]);
  });

  it('turns -- into a dash outside code, as smartypants does, so the slug drops it', () => {
    const [flag, code] = extractHeadings('### COPY --from names a stage\n### Use `--target`\n');
    expect([flag!.id, code!.id]).toEqual(['copy-from-names-a-stage', 'use---target']);
  });

  it('skips Dockerfile comments inside JSX template literals', () => {
    const mdx = '<StageDiagram dockerfile={`FROM alpine\n# Stage 1\nRUN ls`} />\n\n## Real\n';
    expect(extractHeadings(mdx).map((h) => [h.id, h.line])).toEqual([['real', 5]]);
  });

  it('strips closing hashes and HTML', () => {
    expect(headingText('Clean up <span>now</span> ##')).toBe('Clean up now');
  });
});

describe('extractLinks', () => {
  it('finds Markdown links and href attributes, not code', () => {
    const src = [
      'See [lesson 2](/lessons/02-multi-stage-builds/#why "title") and `[no](/code/)`.',
      '<a href="/reference/">ref</a> <a href={"/path/"}>p</a> <a href={`/x/${id}/`}>dyn</a>',
      '```md',
      '[inside](/fence/)',
      '```',
    ].join('\n');
    expect(extractLinks(src)).toEqual([
      { url: '/lessons/02-multi-stage-builds/#why', line: 1 },
      { url: '/reference/', line: 2 },
      { url: '/path/', line: 2 },
    ]);
  });
});

describe('splitUrl', () => {
  it('separates the path and a decoded anchor, dropping the query', () => {
    expect(splitUrl('/search/?q=a#r%C3%A9sum%C3%A9')).toEqual({ path: '/search/', anchor: 'résumé' });
    expect(splitUrl('/lessons/')).toEqual({ path: '/lessons/', anchor: undefined });
  });
});
