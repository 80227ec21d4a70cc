/**
 * Every simulated program by name. A file the registry identifies by one of these names runs
 * the implementation; any other executable gets the visible not-simulated note.
 */
import type { Program } from './host';
import { cp, mv } from './coreutils/copy';
import { cat, chmod, chown, ln, mkdir, rmdir, touch } from './coreutils/files';
import { ls } from './coreutils/ls';
import { rm } from './coreutils/rm';
import { env, head, sleep, whoami } from './coreutils/text';
import { id } from './coreutils/id';
import { hostname, which } from './coreutils/which-hostname';
import { go } from './go/go';
import { reactScripts, tsc, vite } from './node/build-tools';
import { dockerEntrypointNode, node } from './node/node';
import { npm } from './node/npm';
import { apk } from './pkg/apk';
import { aptProgram } from './pkg/apt';
import { pip, python } from './python/python';
import { shellProgram } from './sh/program';
import type { ProgramTable } from './registry';
import { BUILTIN_COMMANDS, builtinCommand } from './coreutils/builtin-commands';

/** `busybox ls` (or a link named after the applet, handled by the registry). */
const busybox: Program = (proc) => {
  const applet = proc.argv[1];
  const program = applet === undefined ? undefined : PROGRAMS.get(applet === 'sh' ? 'ash' : applet);
  if (!program) {
    proc.stderr.write(`${applet ?? 'busybox'}: applet not found\n`);
    return { code: 127 };
  }
  return program({ ...proc, argv: proc.argv.slice(1) });
};

export const PROGRAMS: ProgramTable = new Map<string, Program>([
  ...BUILTIN_COMMANDS.map((name) => [name, builtinCommand] as const),
  ['sh', shellProgram()],
  ['dash', shellProgram('dash')],
  ['ash', shellProgram('ash')],
  ['bash', shellProgram('bash')],
  ['busybox', busybox],
  ['ls', ls],
  ['cp', cp],
  ['mv', mv],
  ['rm', rm],
  ['mkdir', mkdir],
  ['rmdir', rmdir],
  ['cat', cat],
  ['chmod', chmod],
  ['chown', chown],
  ['touch', touch],
  ['ln', ln],
  ['head', head],
  ['env', env],
  ['whoami', whoami],
  ['id', id],
  ['which', which],
  ['hostname', hostname],
  ['sleep', sleep],
  ['apt-get', aptProgram('apt-get')],
  ['apt', aptProgram('apt')],
  ['apk', apk],
  ['npm', npm],
  ['node', node],
  ['nodejs', node],
  ['docker-entrypoint.sh', dockerEntrypointNode],
  ['tsc', tsc],
  ['vite', vite],
  ['react-scripts', reactScripts],
  ['go', go],
  ['python', python],
  ['python3', python],
  ['pip', pip],
  ['pip3', pip],
]);
