/**
 * Running a binary that `go build` produced here: it prints the lines found in its source
 * (string literals of fmt.Println, log.Println and friends, in order; `log` lines get Go's `2006/01/02 15:04:05 `
 * prefix from the simulated clock) and, when it serves HTTP, keeps running.
 */
import type { BinaryInfo } from '../binary';
import type { Outcome, Process } from '../host';
import { stagecraftNote } from '../notes';
import { println } from '../output';

export function goLogStamp(seconds: number): string {
  const d = new Date(seconds * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

export function runBuiltBinary(proc: Process, info: BinaryInfo, shown: string): Outcome {
  for (const line of info.output) {
    // Go's log package writes to stderr; fmt to stdout.
    if (line.log) println(proc.stderr, `${goLogStamp(proc.sys.now)} ${line.text}`);
    else println(proc.stdout, line.text);
  }
  if (info.note) println(proc.stderr, stagecraftNote('output-not-modelled', shown, info.note));
  if (info.server) {
    return {
      code: 0,
      running: {
        kind: 'server',
        description: `${shown} serving HTTP on ${info.server.addr}`,
        ...(info.server.port === undefined ? {} : { port: info.server.port }),
      },
    };
  }
  return { code: 0 };
}
