/**
 * `npm run sim`: drives the simulated engine from a terminal. The logic lives in src/engine
 * (Session, runScript, parseDumpOutput); this file only reads files, stdin and argv.
 *
 *   npm run -s sim                          interactive shell on a TTY (docker build animates
 *                                          its progress; Ctrl-C skips to the end), or one
 *                                          command per line from piped stdin (final text only)
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
  type ShellEvent,
} from '../src/engine/index';
import { FramePlayer, type TimedFrame } from '../src/lib/terminal/frame-player';
import { FrameRegion } from '../src/lib/terminal/frames';

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

/** BuildKit's frames redrawn in place on stderr, as buildx does; Ctrl-C skips to the last. */
async function animate(frames: readonly TimedFrame[], player: FramePlayer): Promise<void> {
  const region = new FrameRegion();
  await player.play(
    frames,
    (text) => process.stderr.write(region.replace(text, process.stderr.columns ?? 80)),
    { sleep: (ms) => new Promise((r) => setTimeout(r, ms)), reducedMotion: false },
  );
}

function interactive(session: Session): void {
  const print = (e: ShellEvent) => {
    if (e.type === 'stdout') process.stdout.write(e.text);
    else if (e.type === 'stderr') process.stderr.write(e.text);
    else if (e.type === 'hint') process.stderr.write(`\x1b[36mhint: ${e.text}\x1b[0m\n`);
    else if (e.type === 'clear') process.stdout.write('\x1b[2J\x1b[H');
  };
  // A line's events are held until it returns, so a build's frames play before what follows.
  let held: ShellEvent[] | undefined;
  let player: FramePlayer | undefined;
  session.on((e) => (held ? held.push(e) : print(e)));
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
    if (player) return player.skip();
    if (session.running) process.stdout.write('^C\n');
    session.interrupt();
    rl.setPrompt(session.prompt());
    rl.prompt();
  });
  rl.on('line', (line) => {
    held = [];
    const r = session.feed(line);
    const events = held;
    held = undefined;
    rl.pause();
    void (async () => {
      for (const e of events) {
        if (e.type === 'stderr' && e.frames) await animate(e.frames, (player = new FramePlayer()));
        else print(e);
        player = undefined;
      }
      if (r.status === 'done' && r.running)
        process.stdout.write('(running: press Ctrl-C to stop)\n');
      rl.resume();
      rl.setPrompt(session.prompt());
      rl.prompt();
    })();
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
    // Live build frames fit the window, as buildx fits them to the console.
    if (process.stdout.rows) session.term = { ...session.term, height: process.stdout.rows };
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
