/** `docker logs`: what the container printed, stdout and stderr to their own streams. */
import type { LogLine } from '../../daemon/container-types';
import type { Output } from '../context';
import type { CommandModule } from '../registry';
import { bool, str } from './flags';

/** With a TTY (-t) the container has one stream, so everything arrives on stdout. */
export function writeLogs(out: Output, lines: readonly LogLine[], tty: boolean): void {
  for (const l of lines) (tty || l.stream === 'stdout' ? out.stdout : out.stderr)(l.text);
}

export const command: CommandModule = {
  spec: {
    name: 'logs',
    use: 'logs [OPTIONS] CONTAINER',
    description: 'Fetch the logs of a container',
    aliases: ['docker container logs, docker logs'],
    args: { exact: 1 },
    flags: [
      {
        long: 'details',
        type: 'bool',
        usage: 'Show extra details provided to logs',
        notSimulated: true,
      },
      { long: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
      {
        long: 'since',
        type: 'string',
        usage:
          'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
        notSimulated: true,
      },
      {
        long: 'tail',
        short: 'n',
        type: 'string',
        default: 'all',
        usage: 'Number of lines to show from the end of the logs',
      },
      { long: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
      {
        long: 'until',
        type: 'string',
        usage:
          'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
        notSimulated: true,
      },
    ],
  },
  readOnly: true,
  names: ['logs', 'container logs'],
  run(ctx, p) {
    const c = ctx.daemon.containers.require(p.positionals[0]!);
    const tail = str(p, 'tail');
    let lines = c.logs;
    if (/^\d+$/.test(tail)) lines = Number(tail) === 0 ? [] : lines.slice(-Number(tail));
    // -t: log lines carry no time of their own here, so each shows when the container started
    // (RFC 3339 with nanoseconds, as docker prints). uncertain: real lines differ by their write time.
    if (bool(p, 'timestamps')) {
      const at = new Date(c.startedAt ?? c.created).toISOString().replace(/Z$/, '000000Z');
      lines = lines.map((l) => ({ ...l, text: `${at} ${l.text}` }));
    }
    writeLogs(ctx.out, lines, c.tty);
    // -f on a running container waits for more output until Ctrl-C, as the terminal shows.
    if (bool(p, 'follow') && c.state === 'running')
      return { exitCode: 0, running: { containerId: c.id, interrupt: () => 130 } };
    return 0;
  },
};
