/**
 * Every real flag a taught docker command has parses (issue #5): a learner typing a real flag
 * never meets "unknown flag", while a made-up one still gets Docker's exact usage error.
 */
import { describe, expect, it } from 'vitest';
import { findCommand } from '../../../src/engine/cli/registry';
import { parseArgs, type FlagSpec } from '../../../src/engine/cli/args';
import { isEngineError } from '../../../src/engine/errors';
import { sim } from './helpers-session';

/** A value each flag type accepts. */
function sample(f: FlagSpec): string[] {
  const name = `--${f.long}`;
  switch (f.type) {
    case 'bool':
      return [name];
    case 'int':
      return [`${name}=1`];
    case 'duration':
      return [`${name}=30s`];
    case 'map':
      return [`${name}=k=v`];
    default:
      return [`${name}=x`];
  }
}

const COMMANDS: Record<string, { args: string[]; expect: string[] }> = {
  run: {
    args: ['alpine', 'true'],
    expect: [
      'add-host',
      'annotation',
      'attach',
      'blkio-weight',
      'cap-add',
      'cap-drop',
      'cgroup-parent',
      'cgroupns',
      'cidfile',
      'cpu-period',
      'cpu-quota',
      'cpu-shares',
      'cpus',
      'cpuset-cpus',
      'detach-keys',
      'device',
      'disable-content-trust',
      'dns',
      'dns-option',
      'dns-search',
      'domainname',
      'env-file',
      'expose',
      'gpus',
      'group-add',
      'health-cmd',
      'health-interval',
      'health-retries',
      'health-start-period',
      'health-start-interval',
      'health-timeout',
      'hostname',
      'init',
      'ip',
      'ip6',
      'ipc',
      'isolation',
      'label',
      'label-file',
      'link',
      'link-local-ip',
      'log-driver',
      'log-opt',
      'mac-address',
      'memory',
      'memory-reservation',
      'memory-swap',
      'memory-swappiness',
      'mount',
      'network',
      'net',
      'network-alias',
      'no-healthcheck',
      'oom-kill-disable',
      'oom-score-adj',
      'pid',
      'pids-limit',
      'platform',
      'privileged',
      'publish-all',
      'pull',
      'quiet',
      'read-only',
      'restart',
      'rm',
      'runtime',
      'security-opt',
      'shm-size',
      'sig-proxy',
      'stop-signal',
      'stop-timeout',
      'storage-opt',
      'sysctl',
      'tmpfs',
      'tty',
      'ulimit',
      'use-api-socket',
      'user',
      'userns',
      'uts',
      'volume',
      'volume-driver',
      'volumes-from',
      'workdir',
    ],
  },
  exec: {
    args: ['c', 'true'],
    expect: [
      'detach',
      'detach-keys',
      'env',
      'env-file',
      'interactive',
      'privileged',
      'tty',
      'user',
      'workdir',
    ],
  },
  build: {
    args: ['.'],
    expect: [
      'add-host',
      'allow',
      'annotation',
      'attest',
      'build-arg',
      'build-context',
      'builder',
      'cache-from',
      'cache-to',
      'call',
      'cgroup-parent',
      'check',
      'file',
      'iidfile',
      'label',
      'load',
      'metadata-file',
      'network',
      'no-cache',
      'no-cache-filter',
      'output',
      'platform',
      'progress',
      'provenance',
      'pull',
      'push',
      'quiet',
      'sbom',
      'secret',
      'shm-size',
      'ssh',
      'tag',
      'target',
      'ulimit',
    ],
  },
  'buildx build': { args: ['.'], expect: ['output', 'load', 'push', 'secret'] },
  images: { args: [], expect: ['all', 'digests', 'filter', 'format', 'no-trunc', 'quiet', 'tree'] },
  ps: {
    args: [],
    expect: ['all', 'filter', 'format', 'last', 'latest', 'no-trunc', 'quiet', 'size'],
  },
  rm: { args: ['c'], expect: ['force', 'link', 'volumes'] },
  rmi: { args: ['i'], expect: ['force', 'no-prune'] },
  logs: { args: ['c'], expect: ['details', 'follow', 'since', 'tail', 'timestamps', 'until'] },
  start: { args: ['c'], expect: ['attach', 'detach-keys', 'interactive'] },
  stop: { args: ['c'], expect: ['signal', 'timeout'] },
  pull: { args: ['i'], expect: ['all-tags', 'disable-content-trust', 'platform', 'quiet'] },
  push: { args: ['i'], expect: ['all-tags', 'disable-content-trust', 'platform', 'quiet'] },
  inspect: { args: ['x'], expect: ['format', 'size', 'type'] },
};

describe.each(Object.entries(COMMANDS))('docker %s', (name, { args, expect: wanted }) => {
  const module = findCommand(name)!;

  it("declares Docker's real flags", () => {
    const declared = module.spec.flags.map((f) => f.long);
    for (const w of wanted) expect(declared).toContain(w);
  });

  it('every declared flag parses, long and short', () => {
    for (const f of module.spec.flags) {
      const long = sample(f);
      const value = long[0]!.includes('=') ? [long[0]!.slice(long[0]!.indexOf('=') + 1)] : [];
      const forms = [long, ...(f.short ? [[`-${f.short}`, ...value]] : [])];
      for (const words of forms) {
        const argv = [...words, ...args];
        const parsed = parseArgs(module.spec, argv);
        expect(isEngineError(parsed) ? `${argv.join(' ')}: ${parsed.message}` : 'ok').toBe('ok');
      }
    }
  });

  it('a made-up flag is still "unknown flag", with the usage line', () => {
    const parsed = parseArgs(module.spec, ['--foo', ...args]);
    expect(isEngineError(parsed) && parsed.message.split('\n')[0]).toBe('unknown flag: --foo');
  });
});

describe('run-time effect of the cheap flags', () => {
  it('docker run --foo is the exact usage error, exit 125', () => {
    const r = sim('docker run --foo alpine');
    expect(r.stderr).toBe(
      "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
    );
    expect(r.status).toBe(125);
  });

  it('-h sets the hostname; -l and --restart land in inspect', () => {
    const r = sim(
      [
        'docker pull -q alpine',
        "docker run --name c -h web -l tier=front --restart on-failure:3 alpine sh -c 'hostname; echo $HOSTNAME'",
        "docker inspect -f '{{.Config.Hostname}} {{json .Config.Labels}} {{json .HostConfig.RestartPolicy}}' c",
        "docker inspect -f '{{json .Config.Env}}' c",
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      'docker.io/library/alpine:latest\nweb\nweb\nweb {"tier":"front"} {"Name":"on-failure","MaximumRetryCount":3}\n["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]\n',
    );
    expect(r.stderr).toBe(
      '[stagecraft] --restart is recorded (docker inspect shows it), but containers are never restarted here.\n',
    );
  });

  it('an unknown restart policy is the daemon error', () => {
    const r = sim('docker pull -q alpine\ndocker run --restart sometimes alpine true');
    expect(r.stderr).toBe(
      "docker: Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n\nRun 'docker run --help' for more information\n",
    );
    expect(r.status).toBe(125);
  });

  it('--env-file reads the workspace file before -e; a missing file is exit 125', () => {
    const r = sim('docker pull -q alpine\ndocker run --rm --env-file app.env -e B=2 alpine env', {
      files: { 'app.env': '# comment\nA=1\nB=1\n' },
    });
    expect(r.stdout).toContain('A=1\nB=2\n');
    const missing = sim('docker pull -q alpine\ndocker run --env-file nope.env alpine true');
    expect(missing.stderr).toBe(
      "docker: open nope.env: no such file or directory\n\nRun 'docker run --help' for more information\n",
    );
    expect(missing.status).toBe(125);
  });

  it('a not-simulated flag parses and says it had no effect', () => {
    const r = sim('docker pull -q alpine\ndocker run --rm --cap-drop ALL --memory 64m alpine true');
    expect(r.stderr).toBe(
      '[stagecraft] --cap-drop is not simulated here; it has no effect.\n[stagecraft] --memory is not simulated here; it has no effect.\n',
    );
    expect(r.status).toBe(0);
  });

  it('docker ps --filter status=, name=, ancestor=; an unknown key is the daemon error', () => {
    const r = sim(
      [
        'docker pull -q alpine',
        'docker run --name a1 alpine true',
        'docker run --name b2 alpine false',
        "docker ps --filter status=exited --format '{{.Names}}'",
        "docker ps -a -f name=a --format '{{.Names}}'",
        "docker ps -a -f ancestor=alpine -f exited=1 --format '{{.Names}}'",
        'docker ps -f bogus=1',
      ].join('\n'),
    );
    expect(r.stdout).toBe('docker.io/library/alpine:latest\nb2\na1\na1\nb2\n');
    expect(r.stderr).toBe("Error response from daemon: invalid filter 'bogus'\n");
  });

  it('docker logs -t prefixes RFC 3339 nano timestamps; --tail N keeps the last N', () => {
    const r = sim(
      "docker pull -q alpine\ndocker run --name c alpine sh -c 'echo a; echo b'\ndocker logs -t -n 1 c",
    );
    expect(r.stdout).toMatch(/\nb\n\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z b\n$/);
  });
});
