/** `docker info`, short. uncertain: a subset of docker/cli's info template. */
import type { CommandModule } from '../registry';

export const command: CommandModule = {
  spec: {
    name: 'info',
    use: 'info [OPTIONS]',
    description: 'Display system-wide information',
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
  names: ['info', 'system info'],
  run(ctx) {
    const { daemon } = ctx;
    const v = daemon.profile;
    const cs = daemon.containers.list();
    const running = cs.filter((c) => c.state === 'running').length;
    const containerd = v.store === 'containerd';
    ctx.out.stdout(
      `Client:\n Version:    ${v.cliVersion}\n Context:    default\n Debug Mode: false\n Plugins:\n  buildx: Docker Buildx (Docker Inc.)\n    Version:  ${v.buildxVersion}\n    Path:     /usr/libexec/docker/cli-plugins/docker-buildx\n\n` +
        `Server:\n Containers: ${cs.length}\n  Running: ${running}\n  Paused: 0\n  Stopped: ${cs.length - running}\n Images: ${daemon.images.size}\n Server Version: ${v.engineVersion}\n` +
        (containerd
          ? ' Storage Driver: overlayfs\n  driver-type: io.containerd.snapshotter.v1\n'
          : ' Storage Driver: overlay2\n  Backing Filesystem: extfs\n') +
        ' Logging Driver: json-file\n Cgroup Driver: systemd\n Default Runtime: runc\n Kernel Version: 6.8.0-stagecraft\n Operating System: Stagecraft simulated Linux\n OSType: linux\n Architecture: x86_64\n',
    );
    return 0;
  },
};
