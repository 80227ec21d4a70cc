import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine';
import { contextProblems, contextView } from '../../../src/lib/playground/build-context';
import { dockerfileProblems } from '../../../src/lib/playground/diagnostics';
import { excludedCopyProblems } from '../../../src/lib/playground/excluded-copies';
import { readWorkspace } from '../../../src/lib/playground/workspace';

function view(files: Record<string, string>, dockerfile?: string) {
  const s = new Session({ files });
  return contextView(s.state.fs, Object.keys(readWorkspace(s.state.fs)), dockerfile);
}

describe('playground build context', () => {
  it('sends everything when there is no .dockerignore', () => {
    const v = view({ Dockerfile: 'FROM alpine\n', 'app.js': '' });
    expect(v.ignoreFile).toBeUndefined();
    expect([...v.excluded]).toEqual([]);
    expect(v.isIgnored).toBeUndefined();
  });

  it('marks what .dockerignore leaves out, with exceptions and folders', () => {
    const v = view({
      Dockerfile: 'FROM alpine\n',
      '.dockerignore': '*.md\n!README.md\nsecrets\n',
      'notes.md': '',
      'README.md': '',
      'secrets/key.txt': '',
      'app.js': '',
    });
    expect(v.ignoreFile).toBe('.dockerignore');
    expect([...v.excluded].sort()).toEqual(['notes.md', 'secrets/key.txt']);
    expect(v.isIgnored?.('notes.md')).toBe(true);
    expect(v.isIgnored?.('README.md')).toBe(false);
    expect(v.isIgnored?.('secrets/key.txt')).toBe(true);
  });

  it("prefers the Dockerfile's own ignore file, as BuildKit does", () => {
    const v = view(
      {
        'build.Dockerfile': 'FROM alpine\n',
        'build.Dockerfile.dockerignore': 'a.txt\n',
        '.dockerignore': 'b.txt\n',
        'a.txt': '',
        'b.txt': '',
      },
      'build.Dockerfile',
    );
    expect(v.ignoreFile).toBe('build.Dockerfile.dockerignore');
    expect([...v.excluded]).toEqual(['a.txt']);
  });

  it('reports a broken pattern instead of throwing', () => {
    const v = view({ Dockerfile: 'FROM alpine\n', '.dockerignore': '!\n' });
    expect(v.error).toBe('illegal exclusion pattern: "!"');
    expect([...v.excluded]).toEqual([]);
  });
});

describe('contextProblems', () => {
  it('turns a broken pattern into an error on the Dockerfile, and nothing else', () => {
    const broken = view({ Dockerfile: 'FROM alpine\n', '.dockerignore': '!\n' });
    expect(contextProblems(broken)).toMatchObject([
      {
        line: 1,
        severity: 'error',
        rule: 'dockerignore',
        message:
          'docker build stops before this Dockerfile runs: .dockerignore has a broken pattern (illegal exclusion pattern: "!").',
      },
    ]);
    expect(contextProblems(view({ Dockerfile: 'FROM alpine\n' }))).toEqual([]);
  });
});

describe('build checks against the context', () => {
  it('passes .dockerignore to CopyIgnoredFile, which docker build runs only when enabled', () => {
    const files = {
      Dockerfile:
        '# check=experimental=CopyIgnoredFile\nFROM alpine:3\nCOPY secret.txt /\nCOPY app.js /\n',
      '.dockerignore': 'secret.txt\n',
      'secret.txt': 's',
      'app.js': '',
    };
    const v = view(files);
    const found = dockerfileProblems(
      files.Dockerfile,
      v.isIgnored ? { isIgnored: v.isIgnored } : {},
    );
    expect(found.filter((p) => p.rule === 'CopyIgnoredFile')).toMatchObject([
      {
        line: 3,
        message: 'Attempting to Copy file "secret.txt" that is excluded by .dockerignore',
      },
    ]);
  });
});

describe('excludedCopyProblems', () => {
  const files = {
    Dockerfile:
      'FROM alpine:3 AS base\nCOPY secret.txt /\nCOPY app.js ./app.js\nCOPY --from=base secret.txt /x\nCOPY *.txt /\nCOPY ./secrets/ /s/\n',
    '.dockerignore': 'secret.txt\nsecrets\n',
    'secret.txt': 's',
    'secrets/key': 'k',
    'app.js': '',
  };

  it('marks each COPY of an excluded file or folder as the failure docker build gives', () => {
    const found = excludedCopyProblems(files.Dockerfile, view(files));
    expect(found.map((p) => [p.line, p.severity, p.message])).toEqual([
      [
        2,
        'error',
        '.dockerignore leaves secret.txt out of the build context, so docker build fails here: "/secret.txt": not found.',
      ],
      [
        6,
        'error',
        '.dockerignore leaves secrets out of the build context, so docker build fails here: "/secrets": not found.',
      ],
    ]);
  });

  it('agrees with the simulated docker build', () => {
    const s = new Session({
      files: { ...files, Dockerfile: 'FROM alpine:3\nCOPY secret.txt /\n' },
    });
    const out: string[] = [];
    s.on((e) => void ('text' in e && out.push(e.text)));
    expect(s.feed('docker build --progress=plain .')).toEqual({ status: 'done', exitCode: 1 });
    expect(out.join('')).toContain('"/secret.txt": not found');
  });

  it('finds nothing without a .dockerignore', () => {
    const { '.dockerignore': _, ...rest } = files;
    expect(excludedCopyProblems(rest.Dockerfile, view(rest))).toEqual([]);
  });
});
