/**
 * `docker login`. The simulated registries accept any password. uncertain: none of these texts
 * are in the ground truth; they follow docker/cli 28 (`Login Succeeded`, the --password
 * warning, and the web-based device flow Docker Hub uses when no username is given).
 */
import { hostOf } from '../../daemon/auth';
import { EngineError } from '../../errors';
import type { CommandModule } from '../registry';
import { bool, str } from './flags';

class LoginFlagsError extends EngineError {
  readonly code = 'LOGIN_FLAGS';
  constructor() {
    super('--password and --password-stdin are mutually exclusive', {
      hint: 'Give the password one way only.',
      exitCode: 1,
    });
  }
}

export const command: CommandModule = {
  spec: {
    name: 'login',
    use: 'login [OPTIONS] [SERVER]',
    description: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
    args: { max: 1 },
    flags: [
      {
        long: 'password',
        short: 'p',
        type: 'string',
        usage: 'Password or Personal Access Token (PAT)',
      },
      {
        long: 'password-stdin',
        type: 'bool',
        usage: 'Take the Password or Personal Access Token (PAT) from stdin',
      },
      { long: 'username', short: 'u', type: 'string', usage: 'Username' },
    ],
  },
  names: ['login'],
  run(ctx, p) {
    const host = hostOf(p.positionals[0]);
    const password = str(p, 'password');
    if (password !== '' && bool(p, 'password-stdin')) throw new LoginFlagsError();
    let user = str(p, 'username');
    if (password !== '') {
      ctx.out.stderr('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
    }
    if (user === '') {
      user = 'learner';
      if (host === 'docker.io') {
        const code = ctx.daemon.newId('login').slice(0, 8).toUpperCase();
        ctx.out.stdout(
          '\nUSING WEB-BASED LOGIN\n' +
            "To sign in with credentials on the command line, use 'docker login -u <username>'\n\n" +
            `Your one-time device confirmation code is: ${code.slice(0, 4)}-${code.slice(4)}\n` +
            'Press ENTER to open your browser or submit your device code here: https://login.docker.com/activate\n\n' +
            'Waiting for authentication in the browser…\n\n',
        );
      }
      ctx.out.hint?.(`Simulated login as \`${user}\`: push images tagged \`${user}/<name>\`.`);
    }
    ctx.daemon.auth.login(host, user);
    ctx.out.stdout('Login Succeeded\n');
    return 0;
  },
};
