/**
 * Tab completion as one pure function of the line, the cursor and the session: shell
 * commands, docker subcommands, a command's flags, image names, container names, files.
 */
import { commandNames, findCommand } from '../cli/registry';
import type { Daemon } from '../daemon/daemon';
import { posixPath } from '../fs';
import { familiarName, parseReference } from '../images/reference';
import { BUILTIN_NAMES } from './shell';
import type { ShellState } from './state';

export interface Completion {
  /** Where the word being completed starts in the line. */
  readonly from: number;
  readonly candidates: readonly string[];
}

export interface CompletionSource {
  readonly daemon: Daemon;
  readonly state: ShellState;
}

const IMAGE_COMMANDS = new Set([
  'run',
  'rmi',
  'tag',
  'history',
  'push',
  'image rm',
  'image history',
  'image inspect',
  'container run',
]);
const CONTAINER_COMMANDS = new Set([
  'stop',
  'start',
  'rm',
  'logs',
  'exec',
  'container stop',
  'container start',
  'container rm',
  'container logs',
  'container exec',
]);

function files(src: CompletionSource, word: string): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const dir = posixPath.resolve(src.state.cwd, dirPart || '.');
  if (!src.state.fs.exists(dir) || !src.state.fs.isDirectory(dir)) return [];
  return src.state.fs
    .readdir(dir)
    .map((n) => dirPart + n + (src.state.fs.isDirectory(posixPath.join(dir, n)) ? '/' : ''));
}

function images(daemon: Daemon): string[] {
  return daemon.images.list().flatMap((i) =>
    i.repoTags.map((t) => {
      const ref = parseReference(t);
      return `${familiarName(ref)}:${ref.tag}`;
    }),
  );
}

export function complete(line: string, cursor: number, src: CompletionSource): Completion {
  const head = line.slice(0, cursor);
  const from = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')) + 1;
  const word = head.slice(from);
  const words = head
    .slice(0, from)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !/^[A-Za-z_]\w*=/.test(w));
  const pick = (all: readonly string[]) => ({
    from,
    candidates: [...new Set(all)].filter((c) => c.startsWith(word)).sort(),
  });
  if (words.length === 0) return pick(BUILTIN_NAMES);
  if (words[0] !== 'docker') return pick(files(src, word));
  const rest = words.slice(1).filter((w) => !w.startsWith('-'));
  if (rest.length === 0 && !word.startsWith('-')) {
    return pick([...new Set(commandNames().map((n) => n.split(' ')[0]!))]);
  }
  const two = `${rest[0]} ${rest[1] ?? ''}`.trim();
  const typed = findCommand(two) ? two : rest[0]!;
  if (rest.length === 1 && !findCommand(typed) && !word.startsWith('-')) {
    return pick(
      commandNames()
        .filter((n) => n.startsWith(`${rest[0]} `))
        .map((n) => n.split(' ')[1]!),
    );
  }
  const module = findCommand(typed);
  if (!module) return pick([]);
  if (word.startsWith('-'))
    return pick(module.spec.flags.filter((f) => !f.hidden).map((f) => `--${f.long}`));
  if (IMAGE_COMMANDS.has(typed)) return pick(images(src.daemon));
  if (CONTAINER_COMMANDS.has(typed)) return pick(src.daemon.containers.list().map((c) => c.name));
  return pick(files(src, word));
}
