/**
 * `docker version`. uncertain: the ground truth pins component versions (§0), not this
 * layout; it follows docker/cli's version template, with build dates and commits left out.
 */
import type { CommandModule } from '../registry';

export const command: CommandModule = {
  spec: {
    name: 'version',
    use: 'version [OPTIONS]',
    description: 'Show the Docker version information',
    args: { none: true },
    flags: [
      {
        long: 'format',
        short: 'f',
        type: 'string',
        usage: 'Format output using a custom template',
      },
    ],
  },
  readOnly: true,
  names: ['version'],
  run(ctx) {
    const v = ctx.daemon.profile;
    ctx.out.stdout(
      `Client:\n Version:           ${v.cliVersion}\n API version:       ${v.apiVersion}\n Go version:        ${v.goVersion}\n OS/Arch:           linux/amd64\n Context:           default\n\n` +
        `Server: Docker Engine - Community\n Engine:\n  Version:          ${v.engineVersion}\n  API version:      ${v.apiVersion} (minimum version 1.24)\n  Go version:       ${v.goVersion}\n  OS/Arch:          linux/amd64\n  Experimental:     false\n` +
        ` containerd:\n  Version:          v${v.containerdVersion}\n runc:\n  Version:          ${v.runcVersion}\n docker-init:\n  Version:          0.19.0\n`,
    );
    return 0;
  },
};
