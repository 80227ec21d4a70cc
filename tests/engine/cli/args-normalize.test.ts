import { describe, expect, it } from 'vitest';
import {
  CliUnknownFlagError,
  normalizeCommand,
  sameCommand,
  splitCommandLine,
  type NormalizedCommand,
} from '../../../src/engine/cli/args';
import { build, run } from './args-fixtures';
import type { CommandSpec } from '../../../src/engine/cli/args';

function norm(spec: CommandSpec, line: string): NormalizedCommand {
  const words = splitCommandLine(line);
  if (!Array.isArray(words)) throw words;
  const r = normalizeCommand(spec, words.slice(2));
  if (r instanceof Error) throw r;
  return r;
}

describe('normalizeCommand / sameCommand', () => {
  it('treats flag order and spelling as irrelevant', () => {
    const a = norm(build, 'docker build -t app .');
    expect(a).toEqual({ command: 'build', flags: { tag: ['app'] }, positionals: ['.'] });
    for (const other of [
      'docker build . -t app',
      'docker build --tag=app .',
      'docker build -tapp .',
      'docker build "." --tag app',
      'docker build --progress=auto -t app .',
    ]) {
      expect(sameCommand(a, norm(build, other))).toBe(true);
    }
  });

  it('drops flags set to their default', () => {
    expect(
      sameCommand(norm(run, 'docker run --rm=false alpine'), norm(run, 'docker run alpine')),
    ).toBe(true);
    expect(
      sameCommand(norm(run, 'docker run --rm=true alpine'), norm(run, 'docker run --rm alpine')),
    ).toBe(true);
    expect(
      sameCommand(norm(run, 'docker run -it alpine'), norm(run, 'docker run -t -i alpine')),
    ).toBe(true);
  });

  it('tells different commands apart', () => {
    const a = norm(build, 'docker build -t app .');
    expect(sameCommand(a, norm(build, 'docker build -t app2 .'))).toBe(false);
    expect(sameCommand(a, norm(build, 'docker build -t app --no-cache .'))).toBe(false);
    expect(sameCommand(a, norm(build, 'docker build -t app ./src'))).toBe(false);
    expect(
      sameCommand(norm(build, 'docker build -t a -t b .'), norm(build, 'docker build -t b -t a .')),
    ).toBe(false);
    // After the image, words belong to the container: order matters.
    expect(
      sameCommand(norm(run, 'docker run --rm alpine ls'), norm(run, 'docker run alpine --rm ls')),
    ).toBe(false);
  });

  it('returns the parse error for invalid input', () => {
    expect(normalizeCommand(build, ['--nope', '.'])).toBeInstanceOf(CliUnknownFlagError);
  });
});
