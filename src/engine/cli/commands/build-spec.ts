/**
 * `docker build` / `docker buildx build` flags as data (buildx `commands/build.go`). Only the
 * flags Stagecraft simulates are declared; the usage strings follow buildx's.
 */
import type { CommandSpec, FlagSpec } from '../args';

export const BUILD_FLAGS: readonly FlagSpec[] = [
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
