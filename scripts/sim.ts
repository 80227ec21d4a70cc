/**
 * `npm run sim`: drives the simulated engine from a terminal. The logic lives in src/engine
 * (Session, runScript, parseDumpOutput); this file only reads files, stdin and argv.
 *
 *   npm run -s sim                          interactive shell on a TTY, or one command per
 *                                          line from piped stdin (heredocs included)
 *   npm run -s sim -- --dir DIR             start with a copy of DIR as the workspace
 *   npm run -s sim -- --profile docker28    classic image store (default docker29)
 *   npm run -s sim -- --hints               also print Stagecraft's hints (stderr)
 *   npm run -s sim -- --parse-dump FILE     print BuildKit's parse dump of a Dockerfile
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import {
  isProfileName,
  parseDumpOutput,
  runScript,
  Session,
  type ProfileName,
} from '../src/engine/index';

function usage(): number {
  process.stderr.write(
    "usage:\n  npm run -s sim -- [--dir DIR] [--profile docker29|docker28] [--hints] < script\n  npm run -s sim -- --parse-dump FILE   print BuildKit's parse dump of a Dockerfile\n",
  );
  return 2;
}

function parseDump(file: string): number {
  // Raw bytes decoded as UTF-8; the parser itself strips a BOM and handles CRLF.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(file));
  const out = parseDumpOutput(text);
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  return out.exitCode;
}

function readDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
}

function interactive(session: Session): void {
  session.on((e) => {
    if (e.type === 'stdout') process.stdout.write(e.text);
    else if (e.type === 'stderr') process.stderr.write(e.text);
    else if (e.type === 'hint') process.stderr.write(`\x1b[36mhint: ${e.text}\x1b[0m\n`);
    else if (e.type === 'clear') process.stdout.write('\x1b[2J\x1b[H');
  });
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: session.prompt(),
    completer: (line: string) => {
      const c = session.complete(line);
      return [c.candidates.map((x) => line.slice(0, c.from) + x), line];
    },
  });
  rl.on('SIGINT', () => {
    if (session.running) process.stdout.write('^C\n');
    session.interrupt();
    rl.setPrompt(session.prompt());
    rl.prompt();
  });
  rl.on('line', (line) => {
    const r = session.feed(line);
    if (r.status === 'done' && r.running) process.stdout.write('(running: press Ctrl-C to stop)\n');
    rl.setPrompt(session.prompt());
    rl.prompt();
  });
  rl.on('close', () => process.exit(session.shell.lastStatus));
  rl.prompt();
}

function main(args: string[]): number | undefined {
  let profile: ProfileName = 'docker29';
  let files: Record<string, string> = {};
  let hints = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--parse-dump') return args.length === 2 && args[1] ? parseDump(args[1]) : usage();
    if (a === '--profile' && args[i + 1] && isProfileName(args[i + 1]!))
      profile = args[++i] as ProfileName;
    else if (a === '--dir' && args[i + 1]) files = readDir(args[++i]!);
    else if (a === '--hints') hints = true;
    else return usage();
  }
  const tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const color = tty && process.env.NO_COLOR === undefined;
  const session = new Session({
    profile,
    files,
    tty,
    color,
    width: process.stdout.columns ?? 80,
    editor: false,
  });
  if (tty) {
    interactive(session);
    return undefined;
  }
  const input = readFileSync(0, 'utf8');
  return runScript(
    session,
    input,
    { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
    { hints },
  );
}

const code = main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
