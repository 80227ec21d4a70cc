import { describe, expect, it } from 'vitest';
import {
  CliArgumentCountError,
  CliBadFlagSyntaxError,
  CliFlagNeedsArgumentError,
  CliInvalidFlagValueError,
  CliUnknownFlagError,
  CliUnknownShorthandFlagError,
  parseArgs,
  type ParsedCommand,
} from '../../../src/engine/cli/args';
import { EngineError } from '../../../src/engine/errors';
import { build, ps, run, stop } from './args-fixtures';

function ok(result: ReturnType<typeof parseArgs>): ParsedCommand {
  if (result instanceof EngineError) throw new Error(`unexpected error: ${result.message}`);
  return result;
}

const RUN_USAGE =
  "\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information";
const BUILD_USAGE =
  "\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\nRun 'docker build --help' for more information";

describe('parseArgs: every accepted form', () => {
  it.each([
    [['--tag=app', '.']],
    [['--tag', 'app', '.']],
    [['-t', 'app', '.']],
    [['-tapp', '.']],
    [['-t=app', '.']],
    [['.', '-t', 'app']],
  ])('%j sets tag=[app]', (argv) => {
    const r = ok(parseArgs(build, argv));
    expect(r.values.tag).toEqual(['app']);
    expect(r.positionals).toEqual(['.']);
    expect(r.changed).toEqual(['tag']);
  });

  it('repeats stringArray flags in order', () => {
    const r = ok(parseArgs(build, ['-t', 'a', '--tag=b', '-tc', '.']));
    expect(r.values.tag).toEqual(['a', 'b', 'c']);
  });

  it('combines short bools: -it, -itd', () => {
    const r = ok(parseArgs(run, ['-itd', 'alpine', 'sh']));
    expect([r.values.interactive, r.values.tty, r.values.detach]).toEqual([true, true, true]);
    expect(r.positionals).toEqual(['alpine', 'sh']);
  });

  it('parses bool forms --rm, --rm=false, --rm=true, -d=false', () => {
    expect(ok(parseArgs(run, ['--rm', 'x'])).values.rm).toBe(true);
    expect(ok(parseArgs(run, ['--rm=false', 'x'])).values.rm).toBe(false);
    expect(ok(parseArgs(run, ['--rm=T', 'x'])).values.rm).toBe(true);
    expect(ok(parseArgs(run, ['-d=false', 'x'])).values.detach).toBe(false);
    // A bool never takes the next word: "false" is the image here.
    expect(ok(parseArgs(run, ['--rm', 'false'])).positionals).toEqual(['false']);
  });

  it('stops at the first positional for non-interspersed commands (docker run)', () => {
    const r = ok(parseArgs(run, ['--rm', 'alpine', 'ls', '-la', '--foo']));
    expect(r.positionals).toEqual(['alpine', 'ls', '-la', '--foo']);
    expect(r.values.rm).toBe(true);
  });

  it('keeps parsing flags after positionals when interspersed (docker build)', () => {
    const r = ok(parseArgs(build, ['.', '--no-cache', '-q']));
    expect([r.values['no-cache'], r.values.quiet]).toEqual([true, true]);
  });

  it('treats -- as the end of flags and - as a positional', () => {
    const r = ok(parseArgs(build, ['-t', 'x', '--', '-q']));
    expect(r.positionals).toEqual(['-q']);
    expect(r.argsLenAtDash).toBe(0);
    expect(ok(parseArgs(build, ['-'])).positionals).toEqual(['-']);
    expect(ok(parseArgs(build, ['-t', 'x', '-'])).argsLenAtDash).toBe(-1);
  });

  it('lets a value start with a dash when it follows its flag', () => {
    expect(ok(parseArgs(build, ['-t', '-weird', '.'])).values.tag).toEqual(['-weird']);
  });

  it('parses int, duration, list and map values', () => {
    const r = ok(
      parseArgs(run, [
        '--stop-timeout',
        '0x1f',
        '--health-interval=1m30s',
        '-e',
        'A=1',
        '-e',
        'B=2',
        '--sysctl',
        'a=b',
        'img',
      ]),
    );
    expect(r.values['stop-timeout']).toBe(31);
    expect(r.values['health-interval']).toBe(90_000);
    expect(r.values.env).toEqual(['A=1', 'B=2']);
    expect(r.values.sysctl).toEqual({ a: 'b' });
  });

  it('fills defaults for flags not given', () => {
    const r = ok(parseArgs(build, ['.']));
    expect(r.values.progress).toBe('auto');
    expect(r.values.tag).toEqual([]);
    expect(r.values['no-cache']).toBe(false);
    expect(r.changed).toEqual([]);
    expect(ok(parseArgs(ps, [])).values.last).toBe(-1);
  });

  it('recognises --help and a deprecated -h, skipping argument checks', () => {
    const long = ok(parseArgs(build, ['--help']));
    expect(long.help).toBe(true);
    expect(long.notices).toEqual([]);
    const short = ok(parseArgs(ps, ['-h']));
    expect(short.help).toBe(true);
    expect(short.notices).toEqual(['Flag shorthand -h has been deprecated, use --help']);
    // docker run has its own -h (--hostname).
    const r = ok(parseArgs(run, ['-h', 'box', 'alpine']));
    expect(r.values.hostname).toBe('box');
    expect(r.help).toBe(false);
  });
});

describe('parseArgs: flag errors, exact texts (docker/cli FlagErrorFunc, exit 125)', () => {
  it('unknown long flag', () => {
    const e = parseArgs(run, ['--foo', 'alpine']);
    expect(e).toBeInstanceOf(CliUnknownFlagError);
    expect((e as EngineError).message).toBe(`unknown flag: --foo${RUN_USAGE}`);
    expect((e as EngineError).exitCode).toBe(125);
    expect((e as EngineError).code).toBe('CLI_UNKNOWN_FLAG');
    expect((e as EngineError).hint).toContain(
      '`--foo` is not a flag of `docker run`; see `docker run --help`',
    );
  });

  it('suggests a close declared flag', () => {
    const e = parseArgs(build, ['--no-cahce', '.']) as EngineError;
    expect(e.message).toBe(`unknown flag: --no-cahce${BUILD_USAGE}`);
    expect(e.hint).toContain('Did you mean `--no-cache`?');
    expect(e.data.suggestion).toBe('no-cache');
  });

  it('unknown shorthand, reporting the rest of the run', () => {
    const e = parseArgs(run, ['-itx', 'alpine']) as EngineError;
    expect(e).toBeInstanceOf(CliUnknownShorthandFlagError);
    expect(e.message).toBe(`unknown shorthand flag: 'x' in -x${RUN_USAGE}`);
    const e2 = parseArgs(build, ['-xq', '.']) as EngineError;
    expect(e2.message).toBe(`unknown shorthand flag: 'x' in -xq${BUILD_USAGE}`);
  });

  it('explains a long flag typed with one dash', () => {
    const e = parseArgs(run, ['-rm', 'alpine']) as EngineError;
    expect(e.message).toBe(`unknown shorthand flag: 'r' in -rm${RUN_USAGE}`);
    expect(e.hint).toContain('Long flags take two dashes: `--rm`.');
  });

  it('quotes a non-ASCII shorthand as newer pflag does', () => {
    const e = parseArgs(build, ['-é', '.']) as EngineError;
    expect(e.message).toBe(`unknown shorthand flag: 'Ã' in -é${BUILD_USAGE}`);
  });

  it('missing values', () => {
    const long = parseArgs(build, ['.', '--tag']) as EngineError;
    expect(long).toBeInstanceOf(CliFlagNeedsArgumentError);
    expect(long.message).toBe(`flag needs an argument: --tag${BUILD_USAGE}`);
    const short = parseArgs(build, ['.', '-t']) as EngineError;
    expect(short.message).toBe(`flag needs an argument: 't' in -t${BUILD_USAGE}`);
    const combined = parseArgs(build, ['.', '-qt']) as EngineError;
    expect(combined.message).toBe(`flag needs an argument: 't' in -t${BUILD_USAGE}`);
    expect(short.exitCode).toBe(125);
  });

  it('invalid values', () => {
    const b = parseArgs(run, ['--rm=maybe', 'x']) as EngineError;
    expect(b).toBeInstanceOf(CliInvalidFlagValueError);
    expect(b.message).toBe(
      `invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax${RUN_USAGE}`,
    );
    const i = parseArgs(stop, ['-t', 'ten', 'c']) as EngineError;
    expect(i.message.split('\n')[0]).toBe(
      'invalid argument "ten" for "-t, --time" flag: strconv.ParseInt: parsing "ten": invalid syntax',
    );
    const big = parseArgs(stop, ['-t', '99999999999999999999', 'c']) as EngineError;
    expect(big.message.split('\n')[0]).toBe(
      'invalid argument "99999999999999999999" for "-t, --time" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range',
    );
    const d = parseArgs(run, ['--health-interval', '10', 'x']) as EngineError;
    expect(d.message.split('\n')[0]).toBe(
      'invalid argument "10" for "--health-interval" flag: time: missing unit in duration "10"',
    );
    const u = parseArgs(run, ['--health-interval=5y', 'x']) as EngineError;
    expect(u.message.split('\n')[0]).toBe(
      'invalid argument "5y" for "--health-interval" flag: time: unknown unit "y" in duration "5y"',
    );
  });

  it('bad flag syntax', () => {
    const e = parseArgs(build, ['---tag', '.']) as EngineError;
    expect(e).toBeInstanceOf(CliBadFlagSyntaxError);
    expect(e.message).toBe(`bad flag syntax: ---tag${BUILD_USAGE}`);
    expect((parseArgs(build, ['--=x', '.']) as EngineError).message).toBe(
      `bad flag syntax: --=x${BUILD_USAGE}`,
    );
  });

  it('uses the CLI 27 wording on request', () => {
    const e = parseArgs(run, ['--foo', 'alpine'], { era: 'legacy' }) as EngineError;
    expect(e.message).toBe("unknown flag: --foo\nSee 'docker run --help'.");
    expect(e.exitCode).toBe(125);
  });
});

describe('parseArgs: argument counts (docker/cli cli/required.go)', () => {
  it('exactly', () => {
    const e = parseArgs(build, []) as EngineError;
    expect(e).toBeInstanceOf(CliArgumentCountError);
    expect(e.code).toBe('CLI_ARGUMENT_COUNT');
    expect(e.message).toBe(
      "docker: 'docker build' requires 1 argument\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\nRun 'docker build --help' for more information",
    );
    expect(e.exitCode).toBe(1);
    expect((parseArgs(build, ['a', 'b']) as EngineError).message.split('\n')[0]).toBe(
      "docker: 'docker build' requires 1 argument",
    );
  });

  it('at least (docker/cli says See here)', () => {
    expect((parseArgs(run, ['--rm']) as EngineError).message).toBe(
      "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information",
    );
  });

  it('none, and a range', () => {
    expect((parseArgs(ps, ['x']) as EngineError).message).toBe(
      "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information",
    );
    expect((parseArgs(stop, ['a', 'b', 'c', 'd']) as EngineError).message.split('\n')[0]).toBe(
      "docker: 'docker stop' requires at least 1 and at most 3 arguments",
    );
  });

  it('CLI 27 wording', () => {
    expect((parseArgs(build, [], { era: 'legacy' }) as EngineError).message).toBe(
      '"docker build" requires exactly 1 argument.\nSee \'docker build --help\'.\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\nStart a build',
    );
  });

  it('applies a plugin prefix and path (buildx)', () => {
    const bx = { ...build, path: 'docker buildx build', errorPrefix: 'ERROR: ' };
    expect((parseArgs(bx, []) as EngineError).message.split('\n')[0]).toBe(
      "ERROR: docker: 'docker buildx build' requires 1 argument",
    );
  });
});
