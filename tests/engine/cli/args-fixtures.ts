import type { CommandSpec } from '../../../src/engine/cli/args';

/** A docker build spec as a command author would declare it (subset of buildx's flags). */
export const build: CommandSpec = {
  name: 'build',
  use: 'build [OPTIONS] PATH | URL | -',
  description: 'Start a build',
  aliases: ['docker build', 'docker builder build', 'docker image build', 'docker buildx b'],
  args: { exact: 1 },
  flags: [
    {
      long: 'tag',
      short: 't',
      type: 'stringArray',
      usage: 'Name and optionally a tag (format: "name:tag")',
    },
    {
      long: 'file',
      short: 'f',
      type: 'string',
      usage: 'Name of the Dockerfile (default: "PATH/Dockerfile")',
    },
    { long: 'target', type: 'string', usage: 'Set the target build stage to build' },
    { long: 'build-arg', type: 'stringArray', usage: 'Set build-time variables' },
    { long: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
    {
      long: 'quiet',
      short: 'q',
      type: 'bool',
      usage: 'Suppress the build output and print image ID on success',
    },
    {
      long: 'progress',
      type: 'string',
      default: 'auto',
      usage:
        'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output',
    },
    { long: 'check', type: 'bool', usage: 'Shorthand for "--call=check"' },
  ],
};

export const run: CommandSpec = {
  name: 'run',
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create and run a new container from an image',
  aliases: ['docker container run', 'docker run'],
  args: { min: 1 },
  interspersed: false,
  flags: [
    {
      long: 'interactive',
      short: 'i',
      type: 'bool',
      usage: 'Keep STDIN open even if not attached',
    },
    { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    {
      long: 'detach',
      short: 'd',
      type: 'bool',
      usage: 'Run container in background and print container ID',
    },
    {
      long: 'rm',
      type: 'bool',
      usage:
        'Automatically remove the container and its associated anonymous volumes when it exits',
    },
    { long: 'name', type: 'string', usage: 'Assign a name to the container' },
    { long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
    {
      long: 'publish',
      short: 'p',
      type: 'list',
      usage: "Publish a container's port(s) to the host",
    },
    { long: 'hostname', short: 'h', type: 'string', usage: 'Container host name' },
    { long: 'stop-timeout', type: 'int', usage: 'Timeout (in seconds) to stop a container' },
    {
      long: 'health-interval',
      type: 'duration',
      usage: 'Time between running the check (ms|s|m|h) (default 0s)',
    },
    { long: 'sysctl', type: 'map', usage: 'Sysctl options' },
  ],
};

export const ps: CommandSpec = {
  name: 'ps',
  use: 'ps [OPTIONS]',
  description: 'List containers',
  aliases: ['docker container ls', 'docker container list', 'docker container ps', 'docker ps'],
  args: { none: true },
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      usage: 'Show all containers (default shows just running)',
    },
    {
      long: 'last',
      short: 'n',
      type: 'int',
      default: -1,
      usage: 'Show n last created containers (includes all states)',
    },
    { long: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
    { long: 'format', type: 'string', usage: 'Format output using a custom template' },
  ],
};

export const stop: CommandSpec = {
  name: 'stop',
  use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Stop one or more running containers',
  args: { min: 1, max: 3 },
  flags: [
    {
      long: 'time',
      short: 't',
      type: 'int',
      usage: 'Seconds to wait before killing the container',
    },
  ],
};
