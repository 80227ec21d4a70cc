/**
 * `docker --help` (and `docker` alone), laid out as docker/cli's root help template: Common
 * Commands, Management Commands, Commands, Global Options. Only simulated commands are
 * listed. uncertain: the descriptions and global options are from docker/cli 28 as seen in
 * public captures; a real docker lists more commands.
 */

/**
 * cobra lists a command's one-line Short; our specs hold the Long text. docker/cli's Shorts
 * are the Long's first line without its full stop ("Authenticate to a registry").
 */
function shortDescription(description: string): string {
  return description.split('\n')[0]!.replace(/\.$/, '');
}
import { MANAGEMENT, findCommand } from './registry';

const COMMON = [
  'run',
  'exec',
  'ps',
  'build',
  'pull',
  'push',
  'images',
  'login',
  'logout',
  'version',
  'info',
];
const OTHER = ['history', 'inspect', 'logs', 'rm', 'rmi', 'start', 'stop', 'tag'];

function section(title: string, rows: [string, string][]): string {
  if (rows.length === 0) return '';
  const w = Math.max(...rows.map(([n]) => n.length)) + 2;
  return `${title}:\n${rows.map(([n, d]) => `  ${n.padEnd(w)}${d}`).join('\n')}\n\n`;
}

function rows(names: readonly string[]): [string, string][] {
  return names.flatMap((n) => {
    const m = findCommand(n);
    return m ? [[n, shortDescription(m.spec.description)] as [string, string]] : [];
  });
}

export function rootHelp(): string {
  const management = Object.entries(MANAGEMENT).map(([n, d]) => [n, d] as [string, string]);
  return (
    '\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\n' +
    section('Common Commands', rows(COMMON)) +
    section('Management Commands', management) +
    section('Commands', rows(OTHER)) +
    'Global Options:\n' +
    '  -D, --debug              Enable debug mode\n' +
    '  -v, --version            Print version information and quit\n\n' +
    "Run 'docker COMMAND --help' for more information on a command.\n\n" +
    'For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n'
  );
}

/** `docker image` / `docker image --help`: the management command's subcommands. */
export function managementHelp(group: string, subcommands: readonly string[]): string {
  const list = subcommands
    .map((s) => {
      const m = findCommand(`${group} ${s}`);
      return m ? ([s, shortDescription(m.spec.description)] as [string, string]) : undefined;
    })
    .filter((r): r is [string, string] => r !== undefined);
  return (
    `\nUsage:  docker ${group} COMMAND\n\n${MANAGEMENT[group]}\n\n` +
    section('Commands', list) +
    `Run 'docker ${group} COMMAND --help' for more information on a command.\n`
  );
}
