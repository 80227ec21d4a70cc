/**
 * What a new container runs, from the image config and `docker run` flags (docker/cli +
 * moby rules): args after the image replace CMD; `--entrypoint` replaces ENTRYPOINT and drops
 * the image's CMD; `--entrypoint ''` clears it; `-e` adds or overrides env; `-u`, `-w`
 * override USER and WORKDIR.
 */
import type { ImageConfig } from '../../images/types';
import type { PortBinding } from '../../daemon/container-types';

export interface RunFlags {
  readonly entrypoint?: string;
  readonly args: readonly string[];
  readonly env: readonly string[];
  readonly user?: string;
  readonly workdir?: string;
  readonly hostEnv: Readonly<Record<string, string>>;
}

export interface ProcessConfig {
  readonly argv: readonly string[];
  readonly env: readonly string[];
  readonly user: string;
  readonly workingDir: string;
}

export function processConfig(config: ImageConfig, flags: RunFlags): ProcessConfig {
  let entrypoint = config.Entrypoint ?? [];
  let cmd = config.Cmd ?? [];
  if (flags.entrypoint !== undefined) {
    entrypoint = flags.entrypoint === '' ? [] : [flags.entrypoint];
    cmd = [];
  }
  if (flags.args.length > 0) cmd = flags.args;
  const env = [...config.Env];
  for (const e of flags.env) {
    // `-e NAME` without `=` copies NAME from the host environment, or is dropped.
    const eq = e.indexOf('=');
    const entry = eq >= 0 ? e : e in flags.hostEnv ? `${e}=${flags.hostEnv[e]}` : undefined;
    if (entry === undefined) continue;
    const key = entry.slice(0, entry.indexOf('='));
    const i = env.findIndex((x) => x.startsWith(`${key}=`));
    if (i >= 0) env[i] = entry;
    else env.push(entry);
  }
  if (!env.some((e) => e.startsWith('PATH='))) {
    env.unshift('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  }
  return {
    argv: [...entrypoint, ...cmd],
    env,
    user: flags.user ?? config.User,
    workingDir: flags.workdir ?? (config.WorkingDir || '/'),
  };
}

/** `-p 8080:3000`, `-p 127.0.0.1:8080:3000/tcp`, `-p 3000`. Invalid specs return undefined. */
export function parsePorts(specs: readonly string[]): PortBinding[] | string {
  const out: PortBinding[] = [];
  for (const spec of specs) {
    const [body, proto = 'tcp'] = spec.split('/');
    const parts = body!.split(':');
    const container = parts.pop()!;
    if (!/^\d+$/.test(container)) return spec;
    const hostPort = parts.pop();
    const hostIp = parts.pop();
    if (hostPort !== undefined && hostPort !== '' && !/^\d+$/.test(hostPort)) return spec;
    out.push({
      containerPort: `${container}/${proto}`,
      hostPort: hostPort === '' || hostPort === undefined ? String(32768 + out.length) : hostPort,
      hostIp: hostIp ?? '0.0.0.0',
    });
  }
  return out;
}

/** `docker ps` PORTS: published `0.0.0.0:8080->3000/tcp, [::]:8080->3000/tcp`, else `3000/tcp`. */
export function portsText(ports: readonly PortBinding[], exposed: readonly string[]): string {
  const parts: string[] = [];
  for (const p of ports) {
    parts.push(`${p.hostIp}:${p.hostPort}->${p.containerPort}`);
    if (p.hostIp === '0.0.0.0') parts.push(`[::]:${p.hostPort}->${p.containerPort}`);
  }
  for (const e of exposed) if (!ports.some((p) => p.containerPort === e)) parts.push(e);
  return parts.join(', ');
}
