/**
 * Every flag of `docker run` (docker/cli 28/29 `cli/command/container/opts.go` + run.go), with
 * docker/cli's usage texts, so a real command line never meets "unknown flag". Flags whose
 * effect Stagecraft does not model are `notSimulated`: they parse, and the dispatcher says
 * they had no effect. The ground truth holds no help text: the list and wording are from
 * docker/cli's source as remembered, not captured.
 * uncertain: exact usage strings and value names (`bytes`, `decimal`, `gpu-request`, `ulimit`);
 * `--use-api-socket` (added in CLI 28.x); `--disable-content-trust` still present in CLI 29.
 * pflag hides zero defaults, so docker writes "(default 0s)" and "(default [])" into the usage
 * text itself; those are copied here as docker has them.
 */
import type { FlagSpec } from '../args';
import { notSimulatedFlag as ns } from './flags';

const HEALTH_DURATION = (what: string) => `${what} (ms|s|m|h) (default 0s)`;

/** Flags both `docker run` and `docker create` have (`docker create` is not simulated yet). */
const CONTAINER_FLAGS: readonly FlagSpec[] = [
  ns('add-host', 'list', 'Add a custom host-to-IP mapping (host:ip)'),
  ns(
    'annotation',
    'map',
    'Add an annotation to the container (passed through to the OCI runtime) (default map[])',
  ),
  ns('attach', 'list', 'Attach to STDIN, STDOUT or STDERR', { short: 'a' }),
  ns(
    'blkio-weight',
    'int',
    'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)',
    { valueName: 'uint16' },
  ),
  ns('blkio-weight-device', 'list', 'Block IO weight (relative device weight) (default [])'),
  ns('cap-add', 'list', 'Add Linux capabilities'),
  ns('cap-drop', 'list', 'Drop Linux capabilities'),
  ns('cgroup-parent', 'string', 'Optional parent cgroup for the container'),
  ns(
    'cgroupns',
    'string',
    "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)",
  ),
  ns('cidfile', 'string', 'Write the container ID to the file'),
  ns('cpu-count', 'int', 'CPU count (Windows only)', { hidden: true }),
  ns('cpu-percent', 'int', 'CPU percent (Windows only)', { hidden: true }),
  ns('cpu-period', 'int', 'Limit CPU CFS (Completely Fair Scheduler) period'),
  ns('cpu-quota', 'int', 'Limit CPU CFS (Completely Fair Scheduler) quota'),
  ns('cpu-rt-period', 'int', 'Limit CPU real-time period in microseconds'),
  ns('cpu-rt-runtime', 'int', 'Limit CPU real-time runtime in microseconds'),
  ns('cpu-shares', 'int', 'CPU shares (relative weight)', { short: 'c' }),
  ns('cpus', 'string', 'Number of CPUs', { valueName: 'decimal' }),
  ns('cpuset-cpus', 'string', 'CPUs in which to allow execution (0-3, 0,1)'),
  ns('cpuset-mems', 'string', 'MEMs in which to allow execution (0-3, 0,1)'),
  ns('device', 'list', 'Add a host device to the container'),
  ns('device-cgroup-rule', 'list', 'Add a rule to the cgroup allowed devices list'),
  ns('device-read-bps', 'list', 'Limit read rate (bytes per second) from a device (default [])'),
  ns('device-read-iops', 'list', 'Limit read rate (IO per second) from a device (default [])'),
  ns('device-write-bps', 'list', 'Limit write rate (bytes per second) to a device (default [])'),
  ns('device-write-iops', 'list', 'Limit write rate (IO per second) to a device (default [])'),
  ns('disable-content-trust', 'bool', 'Skip image verification', { default: true }),
  ns('dns', 'list', 'Set custom DNS servers'),
  ns('dns-opt', 'list', 'Set DNS options', { hidden: true }),
  ns('dns-option', 'list', 'Set DNS options'),
  ns('dns-search', 'list', 'Set custom DNS search domains'),
  ns('domainname', 'string', 'Container NIS domain name'),
  { long: 'entrypoint', type: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
  { long: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
  ns('expose', 'list', 'Expose a port or a range of ports'),
  ns('gpus', 'string', "GPU devices to add to the container ('all' to pass all GPUs)", {
    valueName: 'gpu-request',
  }),
  ns('group-add', 'list', 'Add additional groups to join'),
  ns('health-cmd', 'string', 'Command to run to check health'),
  ns('health-interval', 'duration', HEALTH_DURATION('Time between running the check')),
  ns('health-retries', 'int', 'Consecutive failures needed to report unhealthy'),
  ns(
    'health-start-interval',
    'duration',
    HEALTH_DURATION('Time between running the check during the start period'),
  ),
  ns(
    'health-start-period',
    'duration',
    HEALTH_DURATION(
      'Start period for the container to initialize before starting health-retries countdown',
    ),
  ),
  ns('health-timeout', 'duration', HEALTH_DURATION('Maximum time to allow one check to run')),
  { long: 'hostname', short: 'h', type: 'string', usage: 'Container host name' },
  ns('init', 'bool', 'Run an init inside the container that forwards signals and reaps processes'),
  { long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
  ns(
    'io-maxbandwidth',
    'string',
    'Maximum IO bandwidth limit for the system drive (Windows only)',
    {
      hidden: true,
      valueName: 'bytes',
    },
  ),
  ns('io-maxiops', 'int', 'Maximum IOps limit for the system drive (Windows only)', {
    hidden: true,
    valueName: 'uint',
  }),
  ns('ip', 'string', 'IPv4 address (e.g., 172.30.100.104)'),
  ns('ip6', 'string', 'IPv6 address (e.g., 2001:db8::33)'),
  ns('ipc', 'string', 'IPC mode to use'),
  ns('isolation', 'string', 'Container isolation technology'),
  ns('kernel-memory', 'string', 'Kernel memory limit', { hidden: true, valueName: 'bytes' }),
  { long: 'label', short: 'l', type: 'list', usage: 'Set meta data on a container' },
  { long: 'label-file', type: 'list', usage: 'Read in a line delimited file of labels' },
  ns('link', 'list', 'Add link to another container'),
  ns('link-local-ip', 'list', 'Container IPv4/IPv6 link-local addresses'),
  ns('log-driver', 'string', 'Logging driver for the container'),
  ns('log-opt', 'list', 'Log driver options'),
  ns('mac-address', 'string', 'Container MAC address (e.g., 92:d0:c6:0a:29:33)'),
  ns('memory', 'string', 'Memory limit', { short: 'm', valueName: 'bytes' }),
  ns('memory-reservation', 'string', 'Memory soft limit', { valueName: 'bytes' }),
  ns(
    'memory-swap',
    'string',
    "Swap limit equal to memory plus swap: '-1' to enable unlimited swap",
    {
      valueName: 'bytes',
    },
  ),
  ns('memory-swappiness', 'int', 'Tune container memory swappiness (0 to 100)', { default: -1 }),
  ns('mount', 'list', 'Attach a filesystem mount to the container', { valueName: 'mount' }),
  { long: 'name', type: 'string', usage: 'Assign a name to the container' },
  ns('net', 'list', 'Connect a container to a network', { hidden: true, valueName: 'network' }),
  ns('net-alias', 'list', 'Add network-scoped alias for the container', { hidden: true }),
  ns('network', 'list', 'Connect a container to a network', { valueName: 'network' }),
  ns('network-alias', 'list', 'Add network-scoped alias for the container'),
  ns('no-healthcheck', 'bool', 'Disable any container-specified HEALTHCHECK'),
  ns('oom-kill-disable', 'bool', 'Disable OOM Killer'),
  ns('oom-score-adj', 'int', "Tune host's OOM preferences (-1000 to 1000)"),
  ns('pid', 'string', 'PID namespace to use'),
  ns('pids-limit', 'int', 'Tune container pids limit (set -1 for unlimited)'),
  { long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
  ns('privileged', 'bool', 'Give extended privileges to this container'),
  { long: 'publish', short: 'p', type: 'list', usage: "Publish a container's port(s) to the host" },
  ns('publish-all', 'bool', 'Publish all exposed ports to random ports', { short: 'P' }),
  {
    long: 'pull',
    type: 'string',
    default: 'missing',
    usage: 'Pull image before running ("always", "missing", "never")',
  },
  { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the pull output' },
  { long: 'read-only', type: 'bool', usage: "Mount the container's root filesystem as read only" },
  {
    long: 'restart',
    type: 'string',
    default: 'no',
    usage: 'Restart policy to apply when a container exits',
  },
  ns('runtime', 'string', 'Runtime to use for this container'),
  ns('security-opt', 'list', 'Security Options'),
  ns('shm-size', 'string', 'Size of /dev/shm', { valueName: 'bytes' }),
  { long: 'stop-signal', type: 'string', usage: 'Signal to stop the container' },
  { long: 'stop-timeout', type: 'int', usage: 'Timeout (in seconds) to stop a container' },
  ns('storage-opt', 'list', 'Storage driver options for the container'),
  ns('sysctl', 'map', 'Sysctl options (default map[])'),
  { long: 'tmpfs', type: 'list', usage: 'Mount a tmpfs directory' },
  { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
  ns('ulimit', 'list', 'Ulimit options (default [])', { valueName: 'ulimit' }),
  ns('use-api-socket', 'bool', 'Bind mount Docker API socket and required auth'),
  {
    long: 'user',
    short: 'u',
    type: 'string',
    usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")',
  },
  ns('userns', 'string', 'User namespace to use'),
  ns('uts', 'string', 'UTS namespace to use'),
  ns('volume', 'list', 'Bind mount a volume', { short: 'v' }),
  ns('volume-driver', 'string', 'Optional volume driver for the container'),
  ns('volumes-from', 'list', 'Mount volumes from the specified container(s)'),
  { long: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
];

/** Flags only `docker run` has (run.go): attaching and signal proxying. */
const RUN_ONLY: readonly FlagSpec[] = [
  {
    long: 'detach',
    short: 'd',
    type: 'bool',
    usage: 'Run container in background and print container ID',
  },
  ns('detach-keys', 'string', 'Override the key sequence for detaching a container'),
  {
    long: 'rm',
    type: 'bool',
    usage: 'Automatically remove the container and its associated anonymous volumes when it exits',
  },
  ns('sig-proxy', 'bool', 'Proxy received signals to the process', { default: true }),
];

export const RUN_FLAGS: readonly FlagSpec[] = [...CONTAINER_FLAGS, ...RUN_ONLY];
