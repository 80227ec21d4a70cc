/**
 * TEMPORARY: the minimal docker subcommand flag specs the `command` questions need.
 *
 * To be replaced by the CLI's own command declarations (src/engine/cli, exported from
 * src/engine/index.ts) once they exist: then command-parse.ts asks the engine, this file is
 * deleted, and a flag added to a simulated command is automatically accepted by the quiz.
 * Flag names and shorthands follow `docker <cmd> --help` (Docker 28/29).
 */
export interface FlagSpec {
  /** Long name without dashes, e.g. `tag`. */
  readonly name: string;
  /** One-letter shorthand without the dash, e.g. `t`. */
  readonly short?: string;
  /** True when the flag takes a value (`-t app`), false for booleans (`--rm`). */
  readonly value: boolean;
}

export interface CommandSpec {
  /** Canonical path, e.g. `['image', 'ls']`. */
  readonly path: readonly string[];
  /** Other spellings of the same command, e.g. `['images']`. */
  readonly aliases?: readonly (readonly string[])[];
  readonly flags: readonly FlagSpec[];
  /**
   * False for commands whose arguments after the image are the container's command
   * (`docker run img ls -l`): pflag stops parsing flags at the first positional.
   */
  readonly interspersed?: boolean;
}

const v = (name: string, short?: string): FlagSpec => ({ name, short, value: true });
const b = (name: string, short?: string): FlagSpec => ({ name, short, value: false });

export const commandSpecs: readonly CommandSpec[] = [
  {
    path: ['build'],
    aliases: [
      ['buildx', 'build'],
      ['builder', 'build'],
      ['image', 'build'],
    ],
    flags: [
      v('tag', 't'),
      v('file', 'f'),
      v('target'),
      b('no-cache'),
      v('progress'),
      v('build-arg'),
      v('platform'),
      b('pull'),
      b('quiet', 'q'),
      v('secret'),
      b('load'),
      b('push'),
      v('output', 'o'),
      v('label'),
      v('check'),
    ],
  },
  {
    path: ['container', 'run'],
    aliases: [['run']],
    interspersed: false,
    flags: [
      b('rm'),
      b('interactive', 'i'),
      b('tty', 't'),
      b('detach', 'd'),
      v('publish', 'p'),
      v('name'),
      v('entrypoint'),
      v('env', 'e'),
      v('user', 'u'),
      v('pid'),
      v('network'),
      v('volume', 'v'),
      v('workdir', 'w'),
      v('platform'),
      b('read-only'),
    ],
  },
  {
    path: ['container', 'exec'],
    aliases: [['exec']],
    interspersed: false,
    flags: [
      b('interactive', 'i'),
      b('tty', 't'),
      b('detach', 'd'),
      v('user', 'u'),
      v('env', 'e'),
      v('workdir', 'w'),
    ],
  },
  {
    path: ['image', 'ls'],
    aliases: [['images'], ['image', 'list']],
    flags: [
      b('all', 'a'),
      b('quiet', 'q'),
      v('filter', 'f'),
      b('digests'),
      v('format'),
      b('no-trunc'),
      b('tree'),
    ],
  },
  {
    path: ['container', 'ls'],
    aliases: [['ps'], ['container', 'ps'], ['container', 'list']],
    flags: [
      b('all', 'a'),
      b('quiet', 'q'),
      v('filter', 'f'),
      v('format'),
      b('size', 's'),
      b('latest', 'l'),
    ],
  },
  {
    path: ['image', 'rm'],
    aliases: [['rmi'], ['image', 'remove']],
    flags: [b('force', 'f'), b('no-prune')],
  },
  {
    path: ['container', 'rm'],
    aliases: [['rm'], ['container', 'remove']],
    flags: [b('force', 'f'), b('volumes', 'v'), b('link', 'l')],
  },
  {
    path: ['image', 'pull'],
    aliases: [['pull']],
    flags: [b('all-tags', 'a'), v('platform'), b('quiet', 'q')],
  },
  {
    path: ['image', 'push'],
    aliases: [['push']],
    flags: [b('all-tags', 'a'), v('platform'), b('quiet', 'q')],
  },
  { path: ['image', 'tag'], aliases: [['tag']], flags: [] },
  {
    path: ['image', 'history'],
    aliases: [['history']],
    flags: [b('no-trunc'), b('human', 'H'), b('quiet', 'q'), v('format'), v('platform')],
  },
  { path: ['image', 'prune'], flags: [b('all', 'a'), b('force', 'f'), v('filter')] },
  {
    path: ['builder', 'prune'],
    aliases: [['buildx', 'prune']],
    flags: [b('all', 'a'), b('force', 'f'), v('filter')],
  },
  { path: ['system', 'df'], flags: [b('verbose', 'v'), v('format')] },
  { path: ['inspect'], flags: [v('format', 'f'), v('type'), b('size', 's')] },
  { path: ['image', 'inspect'], flags: [v('format', 'f'), v('platform')] },
  { path: ['container', 'stop'], aliases: [['stop']], flags: [v('time', 't'), v('signal', 's')] },
  {
    path: ['container', 'logs'],
    aliases: [['logs']],
    flags: [b('follow', 'f'), v('tail', 'n'), b('timestamps', 't')],
  },
  {
    path: ['container', 'cp'],
    aliases: [['cp']],
    flags: [b('archive', 'a'), b('follow-link', 'L'), b('quiet', 'q')],
  },
  { path: ['debug'], flags: [v('shell'), v('command', 'c'), b('privileged'), v('root')] },
  { path: ['scout', 'quickview'], aliases: [['scout', 'qv']], flags: [v('org'), v('platform')] },
  { path: ['scout', 'cves'], flags: [v('only-severity'), v('format'), v('platform')] },
  { path: ['scout', 'recommendations'], flags: [v('tag'), b('only-refresh'), b('only-update')] },
  { path: ['login'], flags: [v('username', 'u'), v('password', 'p'), b('password-stdin')] },
];
