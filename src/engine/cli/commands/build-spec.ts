/**
 * `docker build` / `docker buildx build` flags as data (buildx `commands/build.go`): every
 * real flag, so a real command line never meets "unknown flag"; the ones whose effect is not
 * modelled are `notSimulated` (the dispatcher says they had no effect). Usage strings follow
 * buildx's. uncertain: remembered from buildx's source, not captured; buildx shows pflag
 * `strings` for --add-host and --allow; --builder's default comes from $BUILDX_BUILDER.
 */
import type { CommandSpec, FlagSpec } from '../args';
import { notSimulatedFlag as ns } from './flags';

/** Real buildx flags that only change outputs, cache or the sandbox Stagecraft does not model. */
const NOT_SIMULATED: readonly FlagSpec[] = [
  ns('add-host', 'stringArray', 'Add a custom host-to-IP mapping (format: "host:ip")', {
    valueName: 'strings',
  }),
  ns(
    'allow',
    'stringArray',
    'Allow extra privileged entitlement (e.g., "network.host", "security.insecure")',
    { valueName: 'strings' },
  ),
  ns('annotation', 'stringArray', 'Add annotation to the image'),
  ns('attest', 'stringArray', 'Attestation parameters (format: "type=sbom,generator=image")'),
  ns('build-context', 'stringArray', 'Additional build contexts (e.g., name=path)'),
  ns('builder', 'string', 'Override the configured builder instance'),
  ns(
    'cache-from',
    'stringArray',
    'External cache sources (e.g., "user/app:cache", "type=local,src=path/to/dir")',
  ),
  ns(
    'cache-to',
    'stringArray',
    'Cache export destinations (e.g., "user/app:cache", "type=local,dest=path/to/dir")',
  ),
  ns('call', 'string', 'Set method for evaluating build ("check", "outline", "targets")', {
    default: 'build',
  }),
  ns('cgroup-parent', 'string', 'Set the parent cgroup for the "RUN" instructions during build'),
  ns('iidfile', 'string', 'Write the image ID to a file'),
  ns('label', 'stringArray', 'Set metadata for an image'),
  ns('load', 'bool', 'Shorthand for "--output=type=docker"'),
  ns('metadata-file', 'string', 'Write build result metadata to a file'),
  ns('network', 'string', 'Set the networking mode for the "RUN" instructions during build', {
    default: 'default',
  }),
  ns('output', 'stringArray', 'Output destination (format: "type=local,dest=path")', {
    short: 'o',
  }),
  ns('provenance', 'string', 'Shorthand for "--attest=type=provenance"'),
  ns('push', 'bool', 'Shorthand for "--output=type=registry"'),
  ns('sbom', 'string', 'Shorthand for "--attest=type=sbom"'),
  ns(
    'secret',
    'stringArray',
    'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]")',
  ),
  ns('shm-size', 'string', 'Shared memory size for build containers', { valueName: 'bytes' }),
  ns(
    'ssh',
    'stringArray',
    'SSH agent socket or keys to expose to the build (format: "default|<id>[=<socket>|<key>[,<key>]]")',
  ),
  ns('ulimit', 'list', 'Ulimit options (default [])', { valueName: 'ulimit' }),
];

export const BUILD_FLAGS: readonly FlagSpec[] = [
  ...NOT_SIMULATED,
  { long: 'build-arg', type: 'stringArray', usage: 'Set build-time variables' },
  { long: 'check', type: 'bool', usage: 'Shorthand for "--call=check"' },
  {
    long: 'file',
    short: 'f',
    type: 'string',
    usage: 'Name of the Dockerfile (default: "PATH/Dockerfile")',
  },
  { long: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
  {
    long: 'no-cache-filter',
    type: 'stringArray',
    usage: 'Do not cache specified stages',
    notSimulated: true,
  },
  { long: 'platform', type: 'stringArray', usage: 'Set target platform for build' },
  {
    long: 'progress',
    type: 'string',
    default: 'auto',
    usage:
      'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output',
  },
  { long: 'pull', type: 'bool', usage: 'Always attempt to pull all referenced images' },
  {
    long: 'quiet',
    short: 'q',
    type: 'bool',
    usage: 'Suppress the build output and print image ID on completion',
  },
  {
    long: 'tag',
    short: 't',
    type: 'stringArray',
    usage: 'Name and optionally a tag (format: "name:tag")',
  },
  { long: 'target', type: 'string', usage: 'Set the target build stage to build' },
];

export const BUILD_SPEC: CommandSpec = {
  name: 'build',
  use: 'build [OPTIONS] PATH | URL | -',
  description: 'Start a build',
  // uncertain: the alias line buildx prints for `docker build --help`.
  aliases: ['docker buildx build, docker buildx b'],
  args: { exact: 1 },
  flags: BUILD_FLAGS,
  errorPrefix: 'ERROR: ',
};

export const BUILDX_BUILD_SPEC: CommandSpec = { ...BUILD_SPEC, name: 'buildx build' };
