/**
 * `docker build` (and `docker buildx build`): flags → build context → build checks → the
 * builder → BuildKit's progress output (§2.1–2.6). DOCKER_BUILDKIT=0 selects the legacy
 * builder. A failed build prints its own report and returns 1 instead of throwing: BuildKit
 * keeps the cache of the steps that finished, so the daemon must not roll it back.
 */
import { build } from '../../builder/build';
import { createBuildCache, type BuildCacheState } from '../../builder/cache';
import { BuildDockerfileMissingError } from '../../builder/errors';
import { errorLine } from '../../builder/report';
import { parseDockerfileFull } from '../../dockerfile/full';
import {
  formatBuildWarnings,
  formatCheckOutput,
  runChecks,
  shortForm,
} from '../../dockerfile/checks';
import { loadBuildContext, posixPath, resolvePath } from '../../fs';
import { renderTty } from '../../format/progress/tty';
import { renderPlain } from '../../format/progress/plain';
import type { ProgressEvent } from '../../format/progress/events';
import { parseReference } from '../../images/reference';
import type { CommandContext } from '../context';
import type { ParsedCommand } from '../args';
import type { CommandModule } from '../registry';
import { BUILD_SPEC } from './build-spec';
import { printBuild, type ProgressMode } from './build-output';

const LEGACY_BANNER = [
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.',
  '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0',
  '            environment-variable.',
  '',
].join('\n');

function cacheOf(value: unknown): BuildCacheState {
  const v = value as BuildCacheState | undefined;
  if (!v || v.version !== 1 || typeof v.steps !== 'object') return createBuildCache();
  // A fresh copy: the daemon's checkpoints keep the old object unchanged.
  return { version: 1, steps: { ...v.steps }, pulled: [...v.pulled] };
}

function progressMode(ctx: CommandContext, p: ParsedCommand): ProgressMode {
  if (p.values['quiet'] === true) return 'quiet';
  const v = String(p.values['progress']);
  if (v === 'quiet' || v === 'plain' || v === 'tty') return v;
  return ctx.term.tty ? 'tty' : 'plain';
}

function fail(ctx: CommandContext, message: string, hint?: string): number {
  ctx.out.stderr(`${message}\n`);
  if (hint) ctx.out.hint?.(hint);
  return 1;
}

function buildArgs(ctx: CommandContext, values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq >= 0) out[v.slice(0, eq)] = v.slice(eq + 1);
    else if (ctx.host.env[v] !== undefined) out[v] = ctx.host.env[v]!;
  }
  return out;
}

export function runBuild(ctx: CommandContext, p: ParsedCommand, buildx: boolean): number {
  const contextDir = posixPath.resolve(ctx.host.cwd, p.positionals[0]!);
  const platforms = (p.values['platform'] as readonly string[]).flatMap((x) => x.split(','));
  const other = platforms.filter((x) => x !== 'linux/amd64');
  if (other.length > 0) {
    return fail(
      ctx,
      `[stagecraft] --platform ${other.join(',')} is not simulated: Stagecraft builds only linux/amd64 images.`,
    );
  }
  for (const t of p.values['tag'] as readonly string[]) {
    try {
      parseReference(t);
    } catch (e) {
      // uncertain: buildx's wording for an invalid -t value.
      return fail(ctx, `ERROR: invalid tag ${JSON.stringify(t)}: ${(e as Error).message}`);
    }
  }
  const fileFlag = String(p.values['file'] ?? '');
  const dockerfilePath = fileFlag
    ? posixPath.resolve(ctx.host.cwd, fileFlag)
    : posixPath.join(contextDir, 'Dockerfile');
  const dockerfileName = posixPath.basename(dockerfilePath);
  const rel = posixPath.relative(contextDir, dockerfilePath);
  const context = loadBuildContext(
    ctx.host.fs,
    contextDir,
    rel.startsWith('..') ? {} : { dockerfile: rel },
  );
  let text: string | undefined;
  try {
    const node = resolvePath(ctx.host.fs, dockerfilePath, true).node;
    if (node?.type === 'file') text = node.content ?? '';
  } catch {
    text = undefined;
  }
  const legacy = !buildx && ctx.host.env['DOCKER_BUILDKIT'] === '0';
  if (text === undefined) {
    const e = new BuildDockerfileMissingError(dockerfileName);
    return fail(
      ctx,
      legacy
        ? `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${dockerfilePath}: no such file or directory`
        : errorLine({ error: e }),
      e.hint,
    );
  }
  const args = buildArgs(ctx, p.values['build-arg'] as readonly string[]);
  const target = String(p.values['target'] ?? '') || undefined;
  const profile = ctx.daemon.profile.name;
  const cache = cacheOf(ctx.daemon.buildCache);
  const now = new Date(ctx.daemon.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const common = {
    dockerfile: text,
    dockerfileName,
    context,
    tags: p.values['tag'] as readonly string[],
    buildArgs: args,
    ...(target !== undefined ? { target } : {}),
    noCache: p.values['no-cache'] === true,
    profile,
    store: ctx.daemon.images,
    cache,
    now,
  };

  if (legacy) {
    ctx.out.stderr(LEGACY_BANNER);
    const r = build({ ...common, builder: 'legacy' });
    ctx.daemon.buildCache = cache;
    if (r.legacyOutput) ctx.out.stdout(r.legacyOutput.join('\n') + '\n');
    if (r.failure) return fail(ctx, r.failure.error.message, r.failure.error.hint);
    return 0;
  }

  const parsed = parseDockerfileFull(text);
  const mode = progressMode(ctx, p);
  let findings: ReturnType<typeof runChecks> | undefined;
  if (parsed.ok) {
    try {
      findings = runChecks(parsed, {
        mode: p.values['check'] === true ? 'check' : 'build',
        ...(target !== undefined ? { target } : {}),
        buildArgs: args,
        ...(context.dockerignore.patterns.length
          ? { isIgnored: (x: string) => context.isIgnored(x) }
          : {}),
        stagecraft: false,
      });
    } catch (e) {
      return fail(ctx, errorLine({ error: e as never }));
    }
  }
  const found = findings?.buildkit ?? [];
  if (p.values['check'] === true) {
    const checkOut = formatCheckOutput(found, { source: text, fileName: dockerfileName });
    if (mode !== 'quiet') {
      const r = { events: checkEvents(dockerfileName, text.length) };
      ctx.out.stderr(
        mode === 'tty'
          ? renderTty(r.events, ctx.term.width, { color: ctx.term.color })
          : renderPlain(r.events),
      );
    }
    ctx.out.stdout(checkOut.lines.join('\n') + '\n');
    return checkOut.exitCode;
  }
  const r = build({ ...common, warnings: found.map(shortForm) });
  ctx.daemon.buildCache = cache;
  return printBuild(ctx, r, {
    mode,
    dockerfileName,
    dockerfile: text,
    warnings: formatBuildWarnings(found),
    containerd: ctx.daemon.profile.store === 'containerd',
  });
}

/** `--check` runs only the frontend: the build definition is loaded, nothing is built. */
function checkEvents(name: string, size: number): ProgressEvent[] {
  return [
    { type: 'start' as const, at: 0, builder: 'default', driver: 'docker' },
    {
      type: 'vertex' as const,
      id: 1,
      name: '[internal] load build definition from Dockerfile',
      at: 0,
    },
    {
      type: 'status' as const,
      vertex: 1,
      text: 'transferring dockerfile:',
      started: 0,
      at: 5,
      completed: 5,
      current: size,
    },
    { type: 'complete' as const, vertex: 1, at: 20 },
    { type: 'end' as const, at: 20 },
  ];
}

export const command: CommandModule = {
  spec: BUILD_SPEC,
  names: ['build', 'image build', 'builder build'],
  run: (ctx, p) => runBuild(ctx, p, false),
};
