/**
 * `npm run sim -- <mode> …`: drives the simulated engine from a terminal. Each mode is
 * one entry in MODES; the logic lives in src/engine, this file only reads files and
 * prints. Add a mode by adding an entry.
 */
import { readFileSync } from 'node:fs';
import { parseDumpOutput } from '../src/engine/index';

interface Mode {
  readonly usage: string;
  readonly run: (args: readonly string[]) => number;
}

const MODES: Readonly<Record<string, Mode>> = {
  '--parse-dump': {
    usage: "--parse-dump FILE   print BuildKit's parse dump of a Dockerfile",
    run(args) {
      const [file] = args;
      if (file === undefined || args.length !== 1) return usage();
      // Raw bytes decoded as UTF-8; the parser itself strips a BOM and handles CRLF.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(file));
      const out = parseDumpOutput(text);
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
      return out.exitCode;
    },
  },
};

function usage(): number {
  const lines = Object.values(MODES).map((m) => `  npm run -s sim -- ${m.usage}`);
  process.stderr.write(`usage:\n${lines.join('\n')}\n`);
  return 2;
}

const [mode, ...rest] = process.argv.slice(2);
const handler = mode === undefined ? undefined : MODES[mode];
process.exitCode = handler ? handler.run(rest) : usage();
