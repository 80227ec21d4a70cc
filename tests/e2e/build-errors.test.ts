import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/preview-server';

// Builds a scratch copy of the site with one broken lesson: the build must fail and say which
// file, which field, and how to fix it (authors meet this message, so it is pinned).
const scratch = mkdtempSync(join(tmpdir(), 'stagecraft-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a frontmatter mistake', () => {
  it('fails the build naming the file, the field and the fix', () => {
    for (const entry of [
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      'src',
      'content',
      'public',
    ]) {
      cpSync(join(repoRoot, entry), join(scratch, entry), { recursive: true });
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'));
    const lesson = join(scratch, 'content/lessons/01-why-image-size-matters/index.mdx');
    writeFileSync(
      lesson,
      readFileSync(lesson, 'utf8').replace(/^estimatedMinutes: .*$/m, 'estimatedMinutes: soon'),
    );

    const result = spawnSync(join(repoRoot, 'node_modules/.bin/astro'), ['build'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'lessons → 01-why-image-size-matters data does not match collection schema.',
    );
    expect(output).toContain(
      'estimatedMinutes: estimatedMinutes must be a number. Fix: write minutes as a whole number, e.g. 15.',
    );
    expect(output).toContain('content/lessons/01-why-image-size-matters/index.mdx');
  });
});
