/**
 * Command reference pages (content/reference/*.mdx): frontmatter, the agreed section order,
 * links that resolve, commands that are commands, and terminal text that comes from the
 * ground truth (../shared/reference) rather than from memory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { referenceSchema } from '../../src/schemas/lesson';
import { replaceVersionTokens } from '../../src/lib/markdown/version-tokens';

const dir = 'content/reference';
const expectedPages = [
  'build',
  'exec',
  'history',
  'image-prune',
  'images',
  'inspect',
  'login',
  'logs',
  'ps',
  'pull',
  'push',
  'rm',
  'rmi',
  'run',
  'stop-start',
  'system-df',
  'tag',
];
const sections = [
  'Flags that matter',
  'Examples',
  'Common errors',
  'Try it',
  'Related',
  'Official documentation',
];

const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .sort()
  .map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw) ?? [];
    return { id: f.replace(/\.mdx$/, ''), front: parseYaml(front) as unknown, body };
  });

/** Fenced blocks with their language, e.g. { lang: 'sh', lines: [...] }. */
function fences(body: string) {
  return [...body.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1]!,
    lines: m[2]!.replace(/\n$/, '').split('\n'),
  }));
}

/** Body with fenced blocks removed, so `## ` inside code is not taken for a heading. */
const prose = (body: string) => body.replace(/^```[\s\S]*?^```$/gm, '');

function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

describe('reference pages', () => {
  it('has exactly the pages of issue 9', () => {
    expect(pages.map((p) => p.id)).toEqual(expectedPages);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s: frontmatter is valid', (_, page) => {
    const r = referenceSchema.safeParse(page.front);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([]);
  });

  it.each(pages.map((p) => [p.id, p] as const))('%s: sections in the agreed order', (_, page) => {
    const h2 = prose(page.body)
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3));
    expect(h2).toEqual(sections);
    // The intro paragraph comes before the first section.
    expect(page.body.trimStart().startsWith('## ')).toBe(false);
  });

  it.each(pages.map((p) => [p.id, p] as const))(
    '%s: official documentation lists exactly the sources',
    (_, page) => {
      const data = referenceSchema.parse(page.front);
      const part = page.body.split('## Official documentation')[1] ?? '';
      const links = [...part.matchAll(/\]\((https:[^)]+)\)/g)].map((m) => m[1]);
      expect(links).toEqual(data.sources.map((s) => s.url));
      expect(data.sources[0]!.url).toMatch(/^https:\/\/docs\.docker\.com\/reference\/cli\/docker\//);
    },
  );

  it('links only to reference pages and lesson headings that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const [, target] of page.body.matchAll(/\]\((\/[^)]*)\)/g)) {
        const ref = /^\/reference\/([\w-]+)\/$/.exec(target!);
        const lesson = /^\/lessons\/([\w-]+)\/(?:#([\w-]+))?$/.exec(target!);
        if (ref) {
          if (!expectedPages.includes(ref[1]!)) broken.push(`${page.id} → ${target}`);
        } else if (lesson) {
          const file = `content/lessons/${lesson[1]}/index.mdx`;
          if (!existsSync(file)) {
            broken.push(`${page.id} → ${target}`);
            continue;
          }
          if (!lesson[2]) continue;
          const anchors = prose(readFileSync(file, 'utf8'))
            .split('\n')
            .filter((l) => /^#{2,4} /.test(l))
            .map((l) => githubSlug(l.replace(/^#+ /, '')));
          if (!anchors.includes(lesson[2])) broken.push(`${page.id} → ${target}`);
        } else broken.push(`${page.id} → ${target} (not a reference or lesson URL)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links every page from at least one other page', () => {
    const linked = new Set(
      pages.flatMap((p) =>
        [...p.body.matchAll(/\]\(\/reference\/([\w-]+)\/\)/g)]
          .map((m) => m[1]!)
          .filter((id) => id !== p.id),
      ),
    );
    expect(expectedPages.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('holds only docker commands in sh blocks, one per line, without prompts', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const block of fences(page.body).filter((b) => b.lang === 'sh')) {
        for (const line of block.lines) {
          if (!/^docker [a-z]/.test(line) || /\s$/.test(line) || line.includes(' && '))
            bad.push(`${page.id}: ${line}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('resolves every version token and never says simply or just', () => {
    for (const page of pages) {
      expect(() => replaceVersionTokens(page.body), page.id).not.toThrow();
      expect(prose(page.body), page.id).not.toMatch(/\b(simply|just)\b/i);
    }
  });
});

/*
 * Terminal text must be Docker's. Each line of a ```text block either appears verbatim in the
 * ground truth, or matches one of its templates (`Exited (<code>) <d> ago`: `<…>` and `…` are
 * wildcards), or is listed below with the rule from the ground truth that composes it.
 */
const groundTruthDir = resolve(import.meta.dirname, '../../../shared/reference');
const present = existsSync(join(groundTruthDir, 'docker-cli-ground-truth.md'));

const composed: Record<string, string> = {
  'ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref <id>::<id>: "/package-lock.json": not found':
    '§2.5: buildx ≥ 0.25 prefix "ERROR: failed to build: failed to solve: " + captured COPY error',
  'Error response from daemon: No such image: myapp:latest':
    '§2.9 missing-image text (`No such image: foo:latest`) with the course image name, for docker tag',
};

function templates(text: string): RegExp[] {
  const spans = [
    ...[...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!),
    ...text.split('\n'),
  ].filter((s) => /<[\w ]+>|…/.test(s));
  // A template must start with literal text and carry enough of it: `<none>` or `…` alone
  // would otherwise match any line.
  return spans
    .map((s) => s.split(/<[^<>\n]*>|…/))
    .filter((parts) => parts[0]!.length >= 4 && parts.join('').length >= 10)
    .map((parts) => {
      const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`^${escaped.join('.+?')}$`);
    });
}

describe.skipIf(!present)('reference terminal text comes from the ground truth', () => {
  const truth = present
    ? readdirSync(groundTruthDir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => readFileSync(join(groundTruthDir, f), 'utf8'))
        .join('\n')
    : '';
  const patterns = templates(truth);

  it.each(pages.map((p) => [p.id, p] as const))('%s', (_, page) => {
    const unknown: string[] = [];
    for (const block of fences(replaceVersionTokens(page.body)).filter((b) => b.lang === 'text')) {
      for (const line of block.lines) {
        if (line.trim() === '' || truth.includes(line) || line in composed) continue;
        if (!patterns.some((p) => p.test(line))) unknown.push(line);
      }
    }
    expect(unknown).toEqual([]);
  });
});
