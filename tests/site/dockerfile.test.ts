/**
 * Stagecraft's own image (issue 8): the repository's Dockerfile must pass the checks the course
 * teaches, pin the versions the lessons use, and build in the simulator into an image that has
 * no shell and runs as a non-root user.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PatternMatcher,
  Session,
  parseDockerfileFull,
  parseDockerignore,
  runChecks,
  versions,
  type CommandLineInstruction,
  type HealthcheckInstruction,
  type Stage,
} from '../../src/engine/index';
import { extractCodeBlocks } from '../../src/lib/content/code-blocks';
import { replaceVersionTokens } from '../../src/lib/markdown/version-tokens';

const dockerfile = readFileSync('Dockerfile', 'utf8');
const dockerignore = readFileSync('.dockerignore', 'utf8');
const ignore = new PatternMatcher(parseDockerignore(dockerignore));
const goMod = readFileSync('docker/server/go.mod', 'utf8');

function parsed() {
  const p = parseDockerfileFull(dockerfile);
  if (!p.ok) throw p.error;
  return p;
}

const stage = (name: string | undefined): Stage => {
  const s = parsed().stages.find((st) => st.name === name);
  if (!s) throw new Error(`no stage ${String(name)}`);
  return s;
};
const runtime = () => parsed().stages.at(-1)!;
const last = <K extends string>(s: Stage, kind: K) =>
  s.instructions.filter((i) => i.kind === kind).at(-1);

/** A tiny stand-in for the repository: the build script writes dist/index.html. */
const WORKSPACE = {
  Dockerfile: dockerfile,
  '.dockerignore': dockerignore,
  'package.json': JSON.stringify(
    {
      name: 'stagecraft',
      version: '0.1.0',
      private: true,
      scripts: { build: 'mkdir -p dist && echo "<h1>Stagecraft</h1>" > dist/index.html' },
    },
    null,
    2,
  ),
  'package-lock.json': JSON.stringify(
    {
      name: 'stagecraft',
      version: '0.1.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: 'stagecraft', version: '0.1.0' } },
    },
    null,
    2,
  ),
  'docker/server/go.mod': goMod,
  'docker/server/main.go': readFileSync('docker/server/main.go', 'utf8'),
  'docker/server/headers.json': readFileSync('docker/server/headers.json', 'utf8'),
  // Ignored by .dockerignore: must not reach the build.
  'node_modules/.package-lock.json': '{}',
  'dist/stale.html': 'old build\n',
};

function session() {
  const s = new Session({ files: WORKSPACE, tty: false });
  let output = '';
  s.on((e) => {
    if (e.type === 'stdout' || e.type === 'stderr') output += e.text;
  });
  const run = (line: string) => {
    output = '';
    const r = s.feed(line);
    return { exitCode: r.status === 'done' ? r.exitCode : -1, output };
  };
  return run;
}

describe('Dockerfile', () => {
  it('parses into a site build, a server build and the runtime', () => {
    expect(parsed().stages.map((s) => [s.name, s.baseName])).toEqual([
      ['site', `node:${versions.node.lts}-slim`],
      ['server', `golang:${versions.go.current}`],
      [undefined, `gcr.io/distroless/static-${versions.distroless.debianSuffix}:nonroot`],
    ]);
  });

  it('writes the versions of src/engine/images/versions.ts, so a bump cannot drift', () => {
    expect(stage('site').baseName).toBe(`node:${versions.node.lts}-slim`);
    expect(stage('server').baseName).toBe(`golang:${versions.go.current}`);
    expect(goMod).toMatch(new RegExp(`^go ${versions.go.current.replace('.', '\\.')}$`, 'm'));
  });

  it('has no BuildKit or Stagecraft findings, and turns any future one into a failure', () => {
    for (const mode of ['build', 'check'] as const) {
      const report = runChecks(parsed(), { mode, isIgnored: (p) => ignore.matches(p) });
      expect(report.buildkit.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      expect(report.stagecraft.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    }
    expect(parsed().ast.directives.check).toBe('error=true');
  });

  it('runs as the numeric nonroot user with exec-form ENTRYPOINT, CMD and HEALTHCHECK', () => {
    expect(last(runtime(), 'USER')).toMatchObject({ user: '65532:65532' });
    const entrypoint = last(runtime(), 'ENTRYPOINT') as CommandLineInstruction;
    const cmd = last(runtime(), 'CMD') as CommandLineInstruction;
    expect([entrypoint.json, entrypoint.args]).toEqual([
      true,
      ['/usr/local/bin/stagecraft-server'],
    ]);
    expect([cmd.json, cmd.args]).toEqual([true, ['-root', '/site', '-addr', ':8080']]);
    const health = last(runtime(), 'HEALTHCHECK') as HealthcheckInstruction;
    // CMD, not CMD-SHELL: there is no shell to run a health check string in.
    expect(health.test).toEqual(['CMD', '/usr/local/bin/stagecraft-server', '-healthcheck']);
    expect(last(runtime(), 'EXPOSE')).toMatchObject({ ports: ['8080'] });
  });

  it('compiles the server without cgo, so it runs on distroless/static', () => {
    const run = last(stage('server'), 'RUN');
    expect(run?.original).toContain('CGO_ENABLED=0 go build');
  });
});

describe('.dockerignore', () => {
  it.each(['node_modules', 'dist', '.git', '.astro', 'tests', 'screenshots', 'test-results'])(
    'keeps %s out of the build context',
    (path) => {
      expect(ignore.matches(path)).toBe(true);
    },
  );

  it.each([
    'package.json',
    'package-lock.json',
    'astro.config.mjs',
    'tsconfig.json',
    'src/engine/index.ts',
    'content/lessons/07-summary-cheat-sheet/index.mdx',
    'public/favicon.svg',
    'docker/server/main.go',
    'docker/server/headers.json',
  ])('sends %s, which the build needs', (path) => {
    expect(ignore.matches(path)).toBe(false);
  });
});

describe('building the image in the simulator', () => {
  it('builds, and the image has no shell and runs as a non-root user', () => {
    const run = session();
    const built = run('docker build -t stagecraft .');
    expect(built.exitCode, built.output).toBe(0);
    expect(built.output).not.toMatch(/warning/i);

    const user = run("docker image inspect --format '{{.Config.User}}' stagecraft");
    expect(user).toEqual({ exitCode: 0, output: '65532:65532\n' });

    const shell = run('docker run --rm --entrypoint sh stagecraft');
    expect(shell.exitCode).toBe(127);
    expect(shell.output).toContain('exec: "sh": executable file not found in $PATH');
    const binSh = run('docker run --rm --entrypoint /bin/sh stagecraft');
    expect(binSh.output).toContain('exec: "/bin/sh": stat /bin/sh: no such file or directory');
  });

  it('runs as a server on a read-only root filesystem, as the README and lesson 7 say', () => {
    const run = session();
    expect(run('docker build -t stagecraft .').exitCode).toBe(0);
    expect(run('docker run -d --read-only --name site -p 8080:8080 stagecraft').exitCode).toBe(0);
    const ps = run('docker ps --format "{{.Status}} {{.Ports}}"');
    expect(ps.output).toMatch(/^Up .* 0\.0\.0\.0:8080->8080\/tcp/);
    const ro = run("docker inspect --format '{{.HostConfig.ReadonlyRootfs}}' site");
    expect(ro.output).toBe('true\n');
  });

  it('ships only the server and the built pages on top of distroless', () => {
    const run = session();
    expect(run('docker build -t stagecraft .').exitCode).toBe(0);
    const history = run('docker history --no-trunc --format "{{.CreatedBy}}" stagecraft');
    expect(history.output).toContain(
      'COPY /out/stagecraft-server /usr/local/bin/stagecraft-server',
    );
    expect(history.output).toContain('COPY /app/dist /site');
    expect(history.output).not.toMatch(/npm|node_modules/);
  });
});

describe('lesson 7, "How this site ships"', () => {
  it('shows exactly this Dockerfile, so the lesson cannot drift from what ships', () => {
    const lesson = readFileSync('content/lessons/07-summary-cheat-sheet/index.mdx', 'utf8');
    const shown = extractCodeBlocks(lesson).filter(
      (b) => b.lang === 'dockerfile' && b.text.includes('stagecraft-server'),
    );
    expect(shown).toHaveLength(1);
    expect(`${replaceVersionTokens(shown[0]!.text)}\n`).toBe(dockerfile);
  });
});

describe('README, "Deploy the static files"', () => {
  const headers = JSON.parse(readFileSync('docker/server/headers.json', 'utf8')) as Record<
    string,
    string
  >;
  it.each(Object.entries(headers))('documents %s as the server sends it', (name, value) => {
    expect(readFileSync('README.md', 'utf8')).toContain(`| \`${name}\` | \`${value}\` |`);
  });
});
