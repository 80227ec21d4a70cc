/** The `docker run` flags people use, with docker/cli's usage texts. */
import type { FlagSpec } from '../args';

export const RUN_FLAGS: readonly FlagSpec[] = [
  {
    long: 'detach',
    short: 'd',
    type: 'bool',
    usage: 'Run container in background and print container ID',
  },
  { long: 'entrypoint', type: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
  { long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
  { long: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
  {
    long: 'init',
    type: 'bool',
    usage: 'Run an init inside the container that forwards signals and reaps processes',
  },
  { long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
  { long: 'name', type: 'string', usage: 'Assign a name to the container' },
  {
    long: 'network',
    type: 'string',
    usage: 'Connect a container to a network',
    notSimulated: true,
  },
  { long: 'pid', type: 'string', usage: 'PID namespace to use', notSimulated: true },
  { long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
  { long: 'publish', short: 'p', type: 'list', usage: "Publish a container's port(s) to the host" },
  {
    long: 'pull',
    type: 'string',
    default: 'missing',
    usage: 'Pull image before running ("always", "missing", "never")',
  },
  { long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the pull output' },
  {
    long: 'rm',
    type: 'bool',
    usage: 'Automatically remove the container and its associated anonymous volumes when it exits',
  },
  { long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
  {
    long: 'user',
    short: 'u',
    type: 'string',
    usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")',
  },
  { long: 'volume', short: 'v', type: 'list', usage: 'Bind mount a volume' },
  { long: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
];
