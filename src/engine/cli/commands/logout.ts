/** `docker logout`. uncertain: texts from docker/cli's logout.go as remembered, not captured. */
import { hostOf, serverAddress } from '../../daemon/auth';
import type { CommandModule } from '../registry';

export const command: CommandModule = {
  spec: {
    name: 'logout',
    use: 'logout [SERVER]',
    description:
      'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.',
    args: { max: 1 },
    flags: [],
  },
  names: ['logout'],
  run(ctx, p) {
    const host = hostOf(p.positionals[0]);
    const address = serverAddress(host);
    if (!ctx.daemon.auth.logout(host)) {
      ctx.out.stdout(`Not logged in to ${address}\n`);
      return 0;
    }
    ctx.out.stdout(`Removing login credentials for ${address}\n`);
    return 0;
  },
};
