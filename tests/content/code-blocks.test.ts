/**
 * Every ```dockerfile block in the lessons and reference pages is real (issue 9):
 * - it parses with BuildKit's parser (a `fragment` without FROM is parsed behind a FROM line);
 * - a complete block whose base images are in the catalog builds in the simulator;
 * - a `mistake` block with `fails-with="…"` really fails with that text, at parse, build or
 *   run time (`docker run --rm`), so the lesson never promises an error Docker would not print.
 * The build context is inferred from the block by src/lib/content/fixture-context.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session, parseDockerfileFull, resolveImage, versions } from '../../src/engine/index';
import { extractCodeBlocks, type CodeBlock } from '../../src/lib/content/code-blocks';
import { fixtureContext } from '../../src/lib/content/fixture-context';
import { replaceVersionTokens } from '../../src/lib/markdown/version-tokens';

function contentFiles(): string[] {
  const lessons = readdirSync('content/lessons')
    .filter((d) => !d.startsWith('_'))
    .map((d) => join('content/lessons', d, 'index.mdx'));
  const reference = readdirSync('content/reference')
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => join('content/reference', f));
  return [...lessons, ...reference].sort();
}

interface DockerfileBlock extends CodeBlock {
  readonly file: string;
  /** The block with version tokens replaced by the site's own function. */
  readonly dockerfile: string;
}

const blocks: DockerfileBlock[] = contentFiles().flatMap((file) =>
  extractCodeBlocks(readFileSync(file, 'utf8'))
    .filter((b) => b.lang === 'dockerfile')
    .map((b) => ({ ...b, file, dockerfile: replaceVersionTokens(b.text) })),
);
const label = (b: DockerfileBlock) => `${b.file}:${b.line}`;
const hasFrom = (text: string) => /^\s*FROM\s/im.test(text);
const isFragment = (b: DockerfileBlock) => b.words.includes('fragment');
const isMistake = (b: DockerfileBlock) => b.words.includes('mistake');

/** The text BuildKit parses: a fragment without FROM is shown inside some stage. */
function parseable(b: DockerfileBlock): string {
  return isFragment(b) && !hasFrom(b.dockerfile) ? `FROM scratch\n${b.dockerfile}` : b.dockerfile;
}

function inCatalog(reference: string): boolean {
  try {
    return resolveImage(reference) !== undefined;
  } catch {
    return false; // an invalid reference, e.g. a `<digest>` placeholder
  }
}

/** True when every FROM is `scratch`, an earlier stage, or an image in the catalog. */
function basesInCatalog(dockerfile: string): boolean {
  const parsed = parseDockerfileFull(dockerfile);
  if (!parsed.ok) return false;
  // Global ARG defaults, for `FROM golang:${GO_VERSION}`.
  const args = new Map(
    [...dockerfile.matchAll(/^ARG\s+(\w+)=(\S+)/gm)].map((m) => [m[1]!, m[2]!] as const),
  );
  const stageNames = new Set<string>();
  for (const stage of parsed.stages) {
    const base = stage.baseName.replace(
      /\$\{?(\w+)\}?/g,
      (_, name: string) => args.get(name) ?? '',
    );
    const known = base === 'scratch' || stageNames.has(base.toLowerCase()) || inCatalog(base);
    if (!known) return false;
    if (stage.name) stageNames.add(stage.name);
  }
  return true;
}

interface Attempt {
  readonly phase: 'parse' | 'build' | 'run';
  readonly exitCode: number;
  readonly output: string;
}

/** Builds the block in a fresh session; runs it with `docker run --rm` when the build passes. */
function buildAndRun(b: DockerfileBlock, run: boolean): Attempt {
  const name = b.attrs['title'] && b.attrs['title'] !== 'Dockerfile' ? b.attrs['title'] : undefined;
  const session = new Session({
    files: fixtureContext(b.dockerfile, { go: versions.go.current, dockerfileName: name }),
    tty: false,
  });
  let output = '';
  session.on((e) => {
    if (e.type === 'stdout' || e.type === 'stderr') output += e.text;
  });
  const built = session.feed(`docker build ${name ? `-f ${name} ` : ''}-t content-example .`);
  const buildCode = built.status === 'done' ? built.exitCode : -1;
  if (buildCode !== 0 || !run) return { phase: 'build', exitCode: buildCode, output };
  output = '';
  // A server keeps running in the foreground: the run "succeeded" as far as start-up goes.
  const ran = session.feed('docker run --rm content-example');
  return { phase: 'run', exitCode: ran.status === 'done' ? ran.exitCode : -1, output };
}

describe('dockerfile blocks', () => {
  it('finds the blocks of the course (guards against a broken extractor)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(20);
  });

  it.each(blocks.map((b) => [label(b), b] as const))('%s parses', (_, b) => {
    const parsed = parseDockerfileFull(parseable(b));
    const failsAtParse =
      isMistake(b) && !parsed.ok && parsed.error.message.includes(b.attrs['fails-with'] ?? '\0');
    expect(parsed.ok ? 'ok' : failsAtParse ? 'ok' : parsed.error.message).toBe('ok');
  });

  it.each(blocks.filter((b) => !hasFrom(b.dockerfile)).map((b) => [label(b), b] as const))(
    '%s has no FROM, so it is marked `fragment`',
    (_, b) => {
      expect(b.words).toContain('fragment');
    },
  );

  const complete = blocks.filter(
    (b) => !isMistake(b) && !isFragment(b) && basesInCatalog(b.dockerfile),
  );
  it.each(complete.map((b) => [label(b), b] as const))('%s builds in the simulator', (_, b) => {
    const r = buildAndRun(b, false);
    expect(r.exitCode === 0 ? 'built' : r.output).toBe('built');
  });

  const failing = blocks.filter((b) => isMistake(b) && b.attrs['fails-with'] !== undefined);
  it.each(failing.map((b) => [label(b), b] as const))(
    '%s fails with its fails-with text',
    (_, b) => {
      const expected = b.attrs['fails-with']!;
      const parsed = parseDockerfileFull(b.dockerfile);
      const r: Attempt = parsed.ok
        ? buildAndRun(b, true)
        : { phase: 'parse', exitCode: 1, output: parsed.error.message };
      expect(r.exitCode, `${r.phase} should fail:\n${r.output}`).not.toBe(0);
      expect(r.output).toContain(expected);
    },
  );
});
