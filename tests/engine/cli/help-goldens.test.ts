/**
 * `docker --help` and `docker <cmd> --help` for every registered command, pinned so the text
 * cannot change unnoticed. The ground truth holds no help text: the snapshots are the current
 * output of src/engine/cli/help.ts (docker/cli's cobra templates as read from source), and the
 * structural checks are the facts every docker 28/29 help page has.
 */
import { describe, expect, it } from 'vitest';
import { commandNames, findCommand } from '../../../src/engine/cli/registry';
import { sim } from './helpers-session';

const names = [...commandNames()].sort();

describe('help goldens', () => {
  it('the registry lists the commands the course uses', () => {
    expect(names).toMatchSnapshot();
    for (const n of ['build', 'images', 'ps', 'pull', 'push', 'rm', 'rmi', 'run', 'tag'])
      expect(names).toContain(n);
  });

  it('docker --help', () => {
    const r = sim('docker --help\n');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('\nUsage:  docker [OPTIONS] COMMAND\n')).toBe(true);
    expect(r.stdout).toMatchSnapshot();
  });

  // docker/cli lists each command's one-line Short ("Authenticate to a registry"), never the
  // Long text (login and logout once printed two lines each here).
  it('docker --help lists one line per command', () => {
    const lines = sim('docker --help\n').stdout.split('\n');
    expect(lines.filter((l) => /^(Defaults to|If no server)/.test(l))).toEqual([]);
  });

  // cobra prints the command's own Use under its parent, whatever alias was typed.
  const CANONICAL: Record<string, string> = {
    'buildx b': 'buildx build',
    'container list': 'container ls',
    'container ps': 'container ls',
    'container remove': 'container rm',
    'image list': 'image ls',
    'image remove': 'image rm',
  };
  // Names whose usage line is known to be wrong (none now: specAs prints the group's own
  // command name, as cobra does). Add a name here with it.fails if one regresses knowingly.
  const WRONG_USAGE = new Set<string>([]);

  for (const name of names) {
    const usage = CANONICAL[name] ?? name;
    (WRONG_USAGE.has(name) ? it.fails : it)(`docker ${name} --help`, () => {
      const r = sim(`docker ${name} --help\n`);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const text = r.stdout;
      // cobra: a blank line, then "Usage:  docker <use>" (two spaces after the colon).
      expect(text).toMatch(new RegExp(`^\\nUsage:  docker ${usage}( |\\n)`));
      const aliases = findCommand(name)!.spec.aliases ?? [];
      expect(text.includes('\nAliases:\n')).toBe(aliases.length > 0);
      // docker/cli hides -h/--help from the Options list (flags.MarkHidden("help")).
      expect(text).not.toMatch(/^ {2}-h, --help/m);
      expect(text).not.toMatch(/^ {6}--help /m);
      expect(text).toMatchSnapshot();
    });
  }
});
