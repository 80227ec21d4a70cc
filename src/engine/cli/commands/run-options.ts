/**
 * The `docker run` flags that shape the container record beyond its process: `--read-only`,
 * `--tmpfs`, `-h`, `-l`/`--label-file`, `--env-file`, `--restart`, `--stop-signal`,
 * `--stop-timeout`. Files are read from the host workspace, as the docker CLI reads them.
 */
import { EngineError } from '../../errors';
import { isFsError, posixPath } from '../../fs';
import type { ParsedCommand } from '../args';
import type { CommandContext } from '../context';
import type { ContainerRecord } from '../../daemon/container-types';
import { given, list, str } from './flags';

/** A CLI-side `docker run` error: `docker: <cause>` and the help pointer, exit 125. */
export class RunOptionError extends EngineError {
  readonly code = 'RUN_BAD_OPTION';
  constructor(cause: string, hint: string, command = 'run') {
    super(`docker: ${cause}\n\nRun 'docker ${command} --help' for more information`, {
      hint,
      exitCode: 125,
      data: { cause },
    });
  }
}

type Extras = Pick<
  ContainerRecord,
  'readOnly' | 'tmpfs' | 'hostname' | 'labels' | 'restartPolicy' | 'stopSignal' | 'stopTimeout'
>;

export interface RunOptions {
  readonly record: Extras;
  /** `--env-file` entries, which come before `-e` (docker's ReadKVEnvStrings order). */
  readonly fileEnv: readonly string[];
  /** Stagecraft notes for flags that are recorded but change nothing here. */
  readonly notes: readonly string[];
}

/** docker/cli opts.ParseEnvFile / ParseKVFile: one entry per line, `#` comments skipped. */
export function readKvFiles(
  ctx: CommandContext,
  files: readonly string[],
  command = 'run',
): string[] {
  const out: string[] = [];
  for (const file of files) {
    let text: string | null;
    try {
      text = ctx.host.fs.readFile(posixPath.resolve(ctx.host.cwd, file));
    } catch (e) {
      if (!isFsError(e)) throw e;
      throw new RunOptionError(
        `open ${file}: ${e.strerror.toLowerCase()}`,
        `There is no file ${file} in the workspace. Create it (one NAME=value per line) or fix the path.`,
        command,
      );
    }
    for (const raw of (text ?? '').split('\n')) {
      const line = raw.replace(/^\s+/, '').replace(/\r$/, '');
      if (line !== '' && !line.startsWith('#')) out.push(line);
    }
  }
  return out;
}

const POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'];

/** docker/cli opts.ParseRestartPolicy, then the daemon's ValidateRestartPolicy. */
function restartPolicy(spec: string): { Name: string; MaximumRetryCount: number } {
  const hint =
    "Use --restart no, always, unless-stopped or on-failure[:N] (N only with 'on-failure').";
  const colon = spec.indexOf(':');
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const count = colon < 0 ? '' : spec.slice(colon + 1);
  if (colon === 0)
    throw new RunOptionError(
      'invalid restart policy format: no policy provided before colon',
      hint,
    );
  if (count !== '' && !/^[+-]?\d+$/.test(count))
    throw new RunOptionError(
      'invalid restart policy format: maximum retry count must be an integer',
      hint,
    );
  // uncertain: the daemon's wording, from moby's ValidateRestartPolicy as read, not captured.
  if (!POLICIES.includes(name))
    throw new RunOptionError(
      `Error response from daemon: invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
      hint,
    );
  const max = count === '' ? 0 : Number(count);
  if (max !== 0 && name !== 'on-failure')
    throw new RunOptionError(
      "Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'",
      hint,
    );
  return { Name: name, MaximumRetryCount: max };
}

/** `--tmpfs /run:rw,size=64m` → `{"/run": "rw,size=64m"}` (HostConfig.Tmpfs). */
function tmpfsMounts(specs: readonly string[]): Record<string, string> | undefined {
  if (specs.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const spec of specs) {
    const colon = spec.indexOf(':');
    const path = colon < 0 ? spec : spec.slice(0, colon);
    // uncertain: moby's ValidateTmpfsMountDestination wording, as read, not captured.
    const hint = 'Give the tmpfs mount an absolute path inside the container, e.g. --tmpfs /tmp.';
    if (posixPath.normalize(path) === '/')
      throw new RunOptionError(
        "Error response from daemon: invalid specification: destination can't be '/'",
        hint,
      );
    if (!path.startsWith('/'))
      throw new RunOptionError(
        `Error response from daemon: invalid mount path: '${path}' mount path must be absolute`,
        hint,
      );
    out[posixPath.normalize(path)] = colon < 0 ? '' : spec.slice(colon + 1);
  }
  return out;
}

function kv(entries: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    const eq = e.indexOf('=');
    out[eq < 0 ? e : e.slice(0, eq)] = eq < 0 ? '' : e.slice(eq + 1);
  }
  return out;
}

export function runOptions(
  ctx: CommandContext,
  p: ParsedCommand,
  imageLabels: Readonly<Record<string, string>>,
): RunOptions {
  const notes: string[] = [];
  const fileEnv = readKvFiles(ctx, list(p, 'env-file'));
  const labels = {
    ...imageLabels,
    ...kv([...readKvFiles(ctx, list(p, 'label-file')), ...list(p, 'label')]),
  };
  const tmpfs = tmpfsMounts(list(p, 'tmpfs'));
  const record: Extras = {
    ...(p.values['read-only'] === true && { readOnly: true }),
    ...(tmpfs && { tmpfs }),
    ...(given(p, 'hostname') && str(p, 'hostname') !== '' && { hostname: str(p, 'hostname') }),
    ...(Object.keys(labels).length > 0 && { labels }),
    ...(given(p, 'restart') && { restartPolicy: restartPolicy(str(p, 'restart')) }),
    ...(given(p, 'stop-signal') && { stopSignal: str(p, 'stop-signal') }),
    ...(given(p, 'stop-timeout') && { stopTimeout: p.values['stop-timeout'] as number }),
  };
  if (given(p, 'restart') && record.restartPolicy?.Name !== 'no')
    notes.push(
      '[stagecraft] --restart is recorded (docker inspect shows it), but containers are never restarted here.',
    );
  if (given(p, 'stop-signal'))
    notes.push(
      '[stagecraft] --stop-signal is recorded (docker inspect shows it); simulated programs ignore signals, so docker stop still waits for the timeout and kills.',
    );
  return { record, fileEnv, notes };
}
