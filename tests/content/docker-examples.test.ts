/**
 * Every `docker …` line in a ```sh block of the lessons and reference pages is a real command
 * with real flags (issue 9). Each line is checked twice:
 * - statically, the way the dispatcher does it: the command must be registered and the shared
 *   flag parser must accept its flags (a usage error has a `CLI_*` code);
 * - dynamically, in a fresh Session with a small workspace: it may fail for a reason Docker
 *   would also give ("No such container"), but never with a usage error or a simulator crash.
 * Commands Docker has but the simulator does not model are listed in NOT_SIMULATED, with the
 * reason, so the gap stays visible and the list shrinks as the simulator grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Session,
  commandNames,
  findCommand,
  isEngineError,
  parseArgs,
  splitCommandLine,
} from '../../src/engine/index';
import { extractCodeBlocks } from '../../src/lib/content/code-blocks';
import { fixtureContext } from '../../src/lib/content/fixture-context';
import { replaceVersionTokens } from '../../src/lib/markdown/version-tokens';

/**
 * Real Docker commands the simulator answers with "unknown command" (Docker's text for a
 * command that does not exist). Each is a simulator gap: it should say "not simulated".
 */
const NOT_SIMULATED: Readonly<Record<string, string>> = {
  'builder prune': 'docker builder prune (build cache) is not registered in src/engine/cli',
  cp: 'docker cp (copy files to/from a container) is not registered in src/engine/cli',
  debug: 'docker debug (Docker Desktop plugin) is not registered in src/engine/cli',
  scout: 'docker scout (CLI plugin) is not registered in src/engine/cli',
};

/**
 * Real Docker flags (all taking a value) that the simulator's command specs do not declare, so
 * the shared parser answers "unknown flag". Each is a simulator gap; the test strips them
 * before checking the rest of the line.
 */
const FLAGS_NOT_SIMULATED: Readonly<Record<string, string>> = {
  // Empty: real flags without a modelled effect are declared with `notSimulated` in their
  // command's spec, so they parse and print a note instead of "unknown flag".
};

/** Codes of the shared flag parser's usage errors (src/engine/cli/args/errors.ts). */
const USAGE_CODES = new Set([
  'CLI_UNKNOWN_FLAG',
  'CLI_UNKNOWN_SHORTHAND_FLAG',
  'CLI_FLAG_NEEDS_ARGUMENT',
  'CLI_INVALID_FLAG_VALUE',
  'CLI_BAD_FLAG_SYNTAX',
  'CLI_ARGUMENT_COUNT',
  'SHELL_SYNTAX_ERROR',
]);

function contentFiles(): string[] {
  const lessons = readdirSync('content/lessons')
    .filter((d) => !d.startsWith('_'))
    .map((d) => join('content/lessons', d, 'index.mdx'));
  const reference = readdirSync('content/reference')
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => join('content/reference', f));
  return [...lessons, ...reference].sort();
}

interface DockerLine {
  readonly where: string;
  readonly line: string;
}

/** `docker …`, also behind environment assignments (`DOCKER_BUILDKIT=0 docker build …`). */
const DOCKER_LINE = /^(?:[A-Za-z_]\w*=\S*\s+)*docker(?:\s|$)/;

const dockerLines: DockerLine[] = contentFiles().flatMap((file) =>
  extractCodeBlocks(readFileSync(file, 'utf8'))
    .filter((b) => b.lang === 'sh')
    .flatMap((b) =>
      b.text.split('\n').flatMap((text, i) =>
        DOCKER_LINE.test(text.trim())
          ? [{ where: `${file}:${b.line + 1 + i}`, line: replaceVersionTokens(text.trim()) }]
          : [],
      ),
    ),
);

type Resolution =
  | { kind: 'unknown'; typed: string }
  | { kind: 'usage'; typed: string; code: string; message: string }
  | { kind: 'ok'; typed: string };

/** Resolves the command as src/engine/cli/dispatch.ts does, then parses its flags. */
function resolve(line: string): Resolution {
  const words = splitCommandLine(line);
  if (isEngineError(words)) return { kind: 'usage', typed: '', code: words.code, message: '' };
  // Only the docker command itself: stop at a pipe or list operator.
  const end = words.findIndex((w) => ['|', '&&', '||', ';', '>', '2>&1'].includes(w));
  const start = words.indexOf('docker') + 1;
  const argv = words.slice(start, end === -1 ? undefined : end);
  const names = new Set(commandNames());
  const pair = `${argv[0]} ${argv[1]}`;
  const typed = names.has(pair) ? pair : (argv[0] ?? '');
  const module = findCommand(typed);
  if (!module) return { kind: 'unknown', typed: argv.slice(0, 2).join(' ') };
  const rest = withoutGapFlags(typed, argv.slice(typed.split(' ').length));
  const parsed = parseArgs(module.spec, rest);
  if (isEngineError(parsed) && USAGE_CODES.has(parsed.code))
    return { kind: 'usage', typed, code: parsed.code, message: parsed.message };
  return { kind: 'ok', typed };
}

/** Drops the FLAGS_NOT_SIMULATED flags (and their values) of this command from its args. */
function withoutGapFlags(typed: string, args: readonly string[]): string[] {
  const gaps = Object.keys(FLAGS_NOT_SIMULATED)
    .filter((k) => k.slice(0, k.lastIndexOf(' ')) === typed)
    .map((k) => k.slice(k.lastIndexOf(' ') + 1));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (gaps.includes(arg)) i++;
    else if (!gaps.some((g) => arg.startsWith(`${g}=`))) out.push(arg);
  }
  return out;
}

/** Quotes a word for the simulated shell when it holds spaces or quotes. */
const shellWord = (w: string) => (/^[\w@%+=:,./{}-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/** The line as the test runs it: the gap flags removed, the rest unchanged. */
function runnable(line: string, typed: string): string {
  const words = splitCommandLine(line) as string[];
  const head = words.indexOf('docker') + typed.split(' ').length + 1;
  const stripped = withoutGapFlags(typed, words.slice(head));
  if (stripped.length === words.length - head) return line;
  return [...words.slice(0, head), ...stripped].map(shellWord).join(' ');
}

/** The allow-list key a line hits: the one- or two-word command, whichever is listed. */
function allowKey(typed: string): string | undefined {
  const first = typed.split(' ')[0]!;
  return typed in NOT_SIMULATED ? typed : first in NOT_SIMULATED ? first : undefined;
}

/** A workspace most examples expect: a Node app with a multi-stage Dockerfile. */
const WORKSPACE = fixtureContext(
  [
    'FROM node:24 AS build',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci',
    'COPY . .',
    'FROM build AS test',
    'FROM build AS debug',
    'FROM node:24-slim',
    'WORKDIR /app',
    'COPY --from=build /app /app',
    'CMD ["node", "server.js"]',
  ].join('\n'),
);

function runInSession(line: string): { exitCode: number; stderr: string } {
  const session = new Session({
    files: { ...WORKSPACE, 'Dockerfile.single': WORKSPACE['Dockerfile']! },
    tty: false,
  });
  let stderr = '';
  session.on((e) => {
    if (e.type === 'stderr') stderr += e.text;
  });
  const r = session.feed(line);
  return { exitCode: r.status === 'done' ? r.exitCode : -1, stderr };
}

describe('docker lines in sh blocks', () => {
  it('finds the docker lines of the course (guards against a broken extractor)', () => {
    expect(dockerLines.length).toBeGreaterThanOrEqual(50);
  });

  it.each(dockerLines.map((d) => [d.where, d.line] as const))(
    '%s: %s is a real command with real flags',
    (_, line) => {
      const r = resolve(line);
      if (r.kind === 'unknown') {
        expect(allowKey(r.typed), `${r.typed} is not a docker command`).toBeDefined();
        return;
      }
      expect(r.kind === 'usage' ? `${r.code}: ${r.message}` : 'ok').toBe('ok');
    },
  );

  it.each(dockerLines.map((d) => [d.where, d.line] as const))(
    '%s: %s runs in the simulator without a usage error or a crash',
    (_, line) => {
      const r = resolve(line);
      if (r.kind === 'unknown') return; // covered by the allow-list test
      const { stderr } = runInSession(runnable(line, r.typed));
      expect(stderr).not.toMatch(/unknown (flag|shorthand flag|command)|internal error/);
    },
  );

  it('holds commands only: no `$ ` prompts in sh blocks', () => {
    const prompts = contentFiles().flatMap((file) =>
      extractCodeBlocks(readFileSync(file, 'utf8'))
        .filter((b) => b.lang === 'sh' && /^\s*\$ /m.test(b.text))
        .map((b) => `${file}:${b.line}`),
    );
    expect(prompts).toEqual([]);
  });

  it('tells a usage error, an unknown command and a fine line apart', () => {
    expect(resolve('docker run --bogus alpine')).toEqual({
      kind: 'usage',
      typed: 'run',
      code: 'CLI_UNKNOWN_FLAG',
      message: expect.stringContaining('unknown flag: --bogus') as unknown,
    });
    expect(resolve('docker frobnicate')).toEqual({ kind: 'unknown', typed: 'frobnicate' });
    expect(resolve('docker image ls --format "{{.Repository}}" | head -1')).toEqual({
      kind: 'ok',
      typed: 'image ls',
    });
  });

  it('lists only gaps that still exist (remove an entry once the simulator models it)', () => {
    for (const typed of Object.keys(NOT_SIMULATED)) {
      expect(findCommand(typed), `docker ${typed} is simulated now`).toBeUndefined();
    }
  });

  it('lists only flag gaps that still exist', () => {
    for (const key of Object.keys(FLAGS_NOT_SIMULATED)) {
      const typed = key.slice(0, key.lastIndexOf(' '));
      const flag = key.slice(key.lastIndexOf(' ') + 1);
      const parsed = parseArgs(findCommand(typed)!.spec, [`${flag}=x`, 'x']);
      expect(isEngineError(parsed) ? parsed.code : `docker ${key} is simulated now`).toBe(
        'CLI_UNKNOWN_FLAG',
      );
    }
  });

  it('lists only gaps the course uses', () => {
    const used = new Set(
      dockerLines.map((d) => resolve(d.line)).flatMap((r) => (r.kind === 'unknown' ? [allowKey(r.typed)] : [])),
    );
    expect([...used].sort()).toEqual(Object.keys(NOT_SIMULATED).sort());
  });
});
